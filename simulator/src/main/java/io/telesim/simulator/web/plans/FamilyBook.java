package io.telesim.simulator.web.plans;

import java.util.List;
import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * What the web side keeps of families (F11), which the engine's accounts do not say: the invitations an owner
 * sent and a number has not yet answered, and the members that joined through the web (an account only knows
 * its owner and the family's size, so this is how an owner sees who is in the family). Invitations are kept
 * under the member and under the owner, so both sides list theirs with one scan.
 */
final class FamilyBook {

    /** An owner's invitation to {@code member}, open until {@code expiresAt} (wall-clock epoch ms). */
    record Invitation(long owner, long member, long expiresAt) {
    }

    /** A number that joined {@code owner}'s family through the web. */
    record Member(long owner, long member, long since) {
    }

    private static final int MOST = 64;

    private final JsonRecords<Invitation> received;
    private final JsonRecords<Invitation> sent;
    private final JsonRecords<Member> members;

    FamilyBook(KeyValueStore store) {
        this.received = new JsonRecords<>(store, "family/invitation-to/", Invitation.class);
        this.sent = new JsonRecords<>(store, "family/invitation-from/", Invitation.class);
        this.members = new JsonRecords<>(store, "family/member/", Member.class);
    }

    void invite(Invitation invitation) {
        received.put(invitation.member() + "/" + invitation.owner(), invitation);
        sent.put(invitation.owner() + "/" + invitation.member(), invitation);
    }

    /** The open invitation of {@code owner} to {@code member}. */
    Optional<Invitation> invitation(long owner, long member, long now) {
        return received.get(member + "/" + owner).filter(invitation -> invitation.expiresAt() > now);
    }

    /** Forgets the invitation between the two numbers, whoever sent it; false when there was none. */
    boolean forget(long owner, long member) {
        boolean found = received.get(member + "/" + owner).isPresent();
        received.delete(member + "/" + owner);
        sent.delete(owner + "/" + member);
        return found;
    }

    /** Open invitations {@code member} received. */
    List<Invitation> receivedBy(long member, long now) {
        return received.list(member + "/", MOST).stream().filter(invitation -> invitation.expiresAt() > now).toList();
    }

    /** Open invitations {@code owner} sent. */
    List<Invitation> sentBy(long owner, long now) {
        return sent.list(owner + "/", MOST).stream().filter(invitation -> invitation.expiresAt() > now).toList();
    }

    void joined(Member member) {
        members.put(member.owner() + "/" + member.member(), member);
    }

    void left(long owner, long member) {
        members.delete(owner + "/" + member);
    }

    /** Members that joined {@code owner}'s family through the web, as recorded; the engine says who is still in. */
    List<Member> membersOf(long owner) {
        return members.list(owner + "/", MOST);
    }
}

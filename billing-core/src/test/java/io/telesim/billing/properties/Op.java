package io.telesim.billing.properties;

/**
 * One generated command of a scenario. Numbers, destinations, sessions and catalog items are indexes
 * (into {@link World#ROSTER}, {@link World#DESTINATIONS}, the open sessions, the catalog's lists), so a
 * sequence is valid whatever state it meets; indexes out of range test the refusals.
 */
sealed interface Op {

    /** Performs the command on {@code world}, which records a {@link Step} per account operation. */
    void applyTo(World world);

    record Provision(int who, int tariff, long openingBalance, long creditLimit) implements Op {
        public void applyTo(World world) {
            world.provision(this);
        }
    }

    record TopUp(int who, long amount) implements Op {
        public void applyTo(World world) {
            world.topUp(this);
        }
    }

    record Sms(int who, int destination, int segments) implements Op {
        public void applyTo(World world) {
            world.sms(this);
        }
    }

    record Ussd(int who) implements Op {
        public void applyTo(World world) {
            world.ussd(this);
        }
    }

    /**
     * Opens a call (or a data session when {@code data}) asking for {@code requested} seconds or bytes; a
     * {@code who} below zero is the first roster number that is a family member.
     */
    record StartSession(int who, boolean data, int destination, long requested) implements Op {
        public void applyTo(World world) {
            world.startSession(this);
        }
    }

    /** Reports {@code usedPercent} of the open session's grant as used and asks for {@code more}. */
    record UpdateSession(int session, int usedPercent, long more) implements Op {
        public void applyTo(World world) {
            world.updateSession(this);
        }
    }

    /** Commits {@code usedPercent} of the open session's grant, or releases it at its last report. */
    record EndSession(int session, int usedPercent, boolean release) implements Op {
        public void applyTo(World world) {
            world.endSession(this);
        }
    }

    record ReleaseExpiredSessions() implements Op {
        public void applyTo(World world) {
            world.releaseExpiredSessions(this);
        }
    }

    record Transfer(int from, int to, long amount) implements Op {
        public void applyTo(World world) {
            world.transfer(this);
        }
    }

    record PromisedPayment(int who, long amount) implements Op {
        public void applyTo(World world) {
            world.promisedPayment(this);
        }
    }

    record ChangeTariff(int who, int tariff) implements Op {
        public void applyTo(World world) {
            world.changeTariff(this);
        }
    }

    record ConnectService(int who, int service) implements Op {
        public void applyTo(World world) {
            world.connectService(this);
        }
    }

    record DisconnectService(int who, int service) implements Op {
        public void applyTo(World world) {
            world.disconnectService(this);
        }
    }

    record AddFavourite(int who, int destination) implements Op {
        public void applyTo(World world) {
            world.addFavourite(this);
        }
    }

    record BuyAddOn(int who, int addOn) implements Op {
        public void applyTo(World world) {
            world.buyAddOn(this);
        }
    }

    record RedeemPoints(int who, int reward) implements Op {
        public void applyTo(World world) {
            world.redeemPoints(this);
        }
    }

    record Block(int who) implements Op {
        public void applyTo(World world) {
            world.block(this);
        }
    }

    record Unblock(int who) implements Op {
        public void applyTo(World world) {
            world.unblock(this);
        }
    }

    /** {@code owner} adds {@code member}; an {@code owner} below zero is the first roster number owning a family tariff. */
    record JoinFamily(int owner, int member) implements Op {
        public void applyTo(World world) {
            world.joinFamily(this);
        }
    }

    /**
     * {@code owner} removes {@code member}; an {@code owner} below zero is the member's own family owner, a
     * {@code member} below zero the first roster number that is a family member.
     */
    record LeaveFamily(int owner, int member) implements Op {
        public void applyTo(World world) {
            world.leaveFamily(this);
        }
    }

    record SetAutoTopUp(int who, long threshold, long amount) implements Op {
        public void applyTo(World world) {
            world.setAutoTopUp(this);
        }
    }

    record SetHomeInternet(int who, boolean active) implements Op {
        public void applyTo(World world) {
            world.setHomeInternet(this);
        }
    }

    record AdvanceTime(long millis) implements Op {
        public void applyTo(World world) {
            world.advance(millis);
        }
    }

    /** The daily cycle for every account, as the engine runs it after midnight. */
    record RunDailyCycle() implements Op {
        public void applyTo(World world) {
            world.runDailyCycle(this);
        }
    }
}

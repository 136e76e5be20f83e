package io.telesim.engine.handset;

/**
 * A text message as it lies in a handset's inbox: the whole text, reassembled when it came in parts.
 *
 * @param id        the inbox's own id, increasing in arrival order
 * @param recipient the handset's number
 * @param sender    who sent it as the handset shows it: a number ({@code 79160000001}), a short number
 *                  ({@code 3339}) or an alphanumeric name ({@code Telesim})
 * @param time      when it arrived, epoch milliseconds
 */
public record InboxMessage(long id, long recipient, String sender, String text, long time) {
}

package io.telesim.smpp.centre;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.bytes.BytesIn;

import io.telesim.smpp.address.SmppSender;
import io.telesim.smpp.concat.ConcatPart;

/** The bytes of the message journal's records: a message as accepted or replaced, and a message's end. */
final class MessageRecords {

    static final byte ACCEPTED = 'A';
    static final byte REPLACED = 'R';
    static final byte FINISHED = 'F';

    private MessageRecords() {
    }

    static void writeMessage(Bytes<?> out, byte type, SmsMessage message) {
        out.writeByte(type);
        out.writeLong(message.id());
        out.writeLong(MessageIds.parse(message.messageId()));
        out.writeByte((byte) message.route().kind().ordinal());
        writeText(out, message.route().systemId());
        out.writeLong(message.submitTime());
        out.writeLong(message.payer());
        Submission s = message.submission();
        out.writeByte((byte) s.origin().kind().ordinal());
        writeText(out, s.origin().systemId());
        out.writeLong(s.origin().handset());
        writeText(out, s.serviceType());
        out.writeLong(s.source().party());
        writeText(out, s.source().display());
        writeText(out, s.sourceAddress());
        out.writeByte(s.sourceTon());
        out.writeByte(s.sourceNpi());
        out.writeLong(s.destination());
        writeText(out, s.destinationAddress());
        out.writeByte(s.destTon());
        out.writeByte(s.destNpi());
        writeText(out, s.text());
        out.writeByte(s.dataCoding());
        out.writeByte(s.esmClass());
        byte[] octets = s.shortMessage() == null ? new byte[0] : s.shortMessage();
        out.writeInt(octets.length);
        out.write(octets);
        out.writeInt(s.part() == null ? -1 : s.part().reference());
        out.writeInt(s.part() == null ? 0 : s.part().total());
        out.writeInt(s.part() == null ? 0 : s.part().sequence());
        out.writeInt(s.segments());
        out.writeInt(s.receipt());
        out.writeLong(s.notBefore());
        out.writeLong(s.validUntil());
    }

    static SmsMessage readMessage(BytesIn<?> in) {
        long id = in.readLong();
        long publicId = in.readLong();
        Route.Kind routeKind = Route.Kind.values()[in.readByte()];
        String routeSystemId = readText(in);
        long submitTime = in.readLong();
        long payer = in.readLong();
        Origin origin = new Origin(Origin.Kind.values()[in.readByte()], readText(in), in.readLong());
        String serviceType = readText(in);
        SmppSender source = new SmppSender(in.readLong(), readText(in));
        String sourceAddress = readText(in);
        byte sourceTon = in.readByte();
        byte sourceNpi = in.readByte();
        long destination = in.readLong();
        String destinationAddress = readText(in);
        byte destTon = in.readByte();
        byte destNpi = in.readByte();
        String text = readText(in);
        byte dataCoding = in.readByte();
        byte esmClass = in.readByte();
        byte[] octets = new byte[in.readInt()];
        in.read(octets);
        int reference = in.readInt();
        int total = in.readInt();
        int sequence = in.readInt();
        ConcatPart part = reference < 0 ? null : new ConcatPart(reference, total, sequence);
        Submission submission = new Submission(origin, serviceType, source, sourceAddress, sourceTon, sourceNpi, destination,
                destinationAddress, destTon, destNpi, text, dataCoding, esmClass, octets, part, in.readInt(), in.readInt(), in.readLong(),
                in.readLong());
        return new SmsMessage(id, publicId, submission, new Route(routeKind, routeSystemId), submitTime, payer);
    }

    static void writeFinished(Bytes<?> out, SmsMessage message) {
        out.writeByte(FINISHED);
        out.writeLong(message.id());
    }

    private static void writeText(Bytes<?> out, String text) {
        out.writeUtf8(text);
    }

    private static String readText(BytesIn<?> in) {
        return in.readUtf8();
    }
}

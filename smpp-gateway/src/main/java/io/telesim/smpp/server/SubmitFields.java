package io.telesim.smpp.server;

import org.jsmpp.bean.Address;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;

/** The fields of submit_sm, data_sm and of one destination of submit_multi that make a message. */
record SubmitFields(String serviceType, byte sourceTon, byte sourceNpi, String sourceAddr, byte destTon, byte destNpi, String destAddr,
                    byte esmClass, byte registeredDelivery, byte dataCoding, byte[] shortMessage, String scheduleDeliveryTime,
                    String validityPeriod, OptionalParameter[] optionalParameters) {

    static SubmitFields of(SubmitSm pdu) {
        return new SubmitFields(pdu.getServiceType(), pdu.getSourceAddrTon(), pdu.getSourceAddrNpi(), pdu.getSourceAddr(),
                pdu.getDestAddrTon(), pdu.getDestAddrNpi(), pdu.getDestAddress(), pdu.getEsmClass(), pdu.getRegisteredDelivery(),
                pdu.getDataCoding(), pdu.getShortMessage(), pdu.getScheduleDeliveryTime(), pdu.getValidityPeriod(),
                pdu.getOptionalParameters());
    }

    /** data_sm has no short_message, schedule or validity: its text is in message_payload. */
    static SubmitFields of(DataSm pdu) {
        return new SubmitFields(pdu.getServiceType(), pdu.getSourceAddrTon(), pdu.getSourceAddrNpi(), pdu.getSourceAddr(),
                pdu.getDestAddrTon(), pdu.getDestAddrNpi(), pdu.getDestAddress(), pdu.getEsmClass(), pdu.getRegisteredDelivery(),
                pdu.getDataCoding(), null, null, null, pdu.getOptionalParameters());
    }

    static SubmitFields of(SubmitMulti pdu, Address destination) {
        return new SubmitFields(pdu.getServiceType(), pdu.getSourceAddrTon(), pdu.getSourceAddrNpi(), pdu.getSourceAddr(),
                destination.getTon(), destination.getNpi(), destination.getAddress(), pdu.getEsmClass(),
                pdu.getRegisteredDelivery(), pdu.getDataCoding(), pdu.getShortMessage(), pdu.getScheduleDeliveryTime(),
                pdu.getValidityPeriod(), pdu.getOptionalParameters());
    }

    OptionalParameter optional(OptionalParameter.Tag tag) {
        if (optionalParameters == null) {
            return null;
        }
        for (OptionalParameter parameter : optionalParameters) {
            if (parameter.tag == tag.code()) {
                return parameter;
            }
        }
        return null;
    }
}

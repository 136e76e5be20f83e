package io.telesim.smpp.load;

import org.jsmpp.bean.BindType;

/** How each generator bind binds: transmitter only, or transceiver (needed to receive delivery receipts). */
public enum BindMode {
    TRANSMITTER(BindType.BIND_TX),
    TRANSCEIVER(BindType.BIND_TRX);

    private final BindType bindType;

    BindMode(BindType bindType) {
        this.bindType = bindType;
    }

    BindType bindType() {
        return bindType;
    }
}

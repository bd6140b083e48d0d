package org.safeguard.platform.identity.web;

import java.math.BigDecimal;

final class Fte {

    private Fte() {
    }

    /** 1.00 as "1.0", 0.50 as "0.5", 0.75 as "0.75": how staffing lists write it. */
    static String display(BigDecimal fte) {
        BigDecimal plain = fte.stripTrailingZeros();
        return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString();
    }
}

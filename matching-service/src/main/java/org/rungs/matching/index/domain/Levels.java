package org.rungs.matching.index.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** O*NET levels (0–7, two decimals) as hundredths in a short: 3.88 is 388. */
final class Levels {

    private Levels() {
    }

    static short encode(BigDecimal level) {
        int hundredths = level.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
        if (hundredths < 0 || hundredths > 700) {
            throw new IllegalArgumentException("a level is on O*NET's 0-7 scale: " + level);
        }
        return (short) hundredths;
    }

    static BigDecimal decode(short hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }
}

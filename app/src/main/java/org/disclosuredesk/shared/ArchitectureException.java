// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that may break one of the layering rules of {@code ArchitectureTest}, and says why. The
 * rules themselves stay strict: a true exception is named here, on the class, where a reviewer sees it,
 * instead of a rule growing a hole that the next class slips through. See docs/decisions/0007.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ArchitectureException {

    /** Why this class needs the exception: which rule it breaks and what it would cost to keep it. */
    String value();
}

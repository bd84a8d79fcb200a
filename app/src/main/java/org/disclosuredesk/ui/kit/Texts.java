// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI text by dotted key from {@code i18n/messages_zh_CN.properties}. Keys are literal strings at the
 * call site ({@code Texts.get("requests.form.receivedOn")}) so the bundle test can find them all.
 */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);

    private Texts() {
    }

    public static String get(String key, Object... args) {
        try {
            String pattern = BUNDLE.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}

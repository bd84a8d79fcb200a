// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger = Logger.getLogger(FailureLog.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
    }

    @Test
    void an_unexpected_failure_is_logged_once_with_the_code_the_worker_sees() {
        IllegalStateException bug = new IllegalStateException("boom");
        assertTrue(FailureLog.unexpected(bug));
        assertEquals(1, records.size());
        String code = UserMessages.errorCode(bug);
        assertTrue(records.get(0).getMessage().contains(code), records.get(0).getMessage());
        assertTrue(UserMessages.of(bug).contains(code));
        assertSame(bug, records.get(0).getThrown());
    }

    @Test
    void a_failure_explained_in_words_is_not_logged() {
        assertFalse(FailureLog.unexpected(new UserError("请先填写收到日期。")));
        assertFalse(FailureLog.unexpected(new RuntimeException(new UserError("文件被其他程序占用。"))));
        assertFalse(FailureLog.unexpected(null));
        assertEquals(0, records.size());
    }
}

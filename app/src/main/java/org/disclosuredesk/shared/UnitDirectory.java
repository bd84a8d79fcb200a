// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.Transactions;

/**
 * The office's directory of 处室/科室/单位 and the other names plans use for them. Plans keep unit
 * names as written; this directory links them to one unit so tracking can count by unit.
 */
public final class UnitDirectory {

    private final UnitRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UnitDirectory(UnitRepository repository, Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Unit> all() {
        return repository.findAll();
    }

    /** A snapshot for matching many names at once (an import review). */
    public UnitMatcher matcher() {
        return new UnitMatcher(repository.findAll());
    }

    public Optional<Unit> match(String written) {
        return matcher().match(written);
    }

    public List<UnitMatcher.Suggestion> suggest(String written, int limit) {
        return matcher().suggest(written, limit);
    }

    /** Adds a unit with its aliases; a name or alias already in use by another unit is refused. */
    public Unit add(String name, UnitKind kind, List<String> aliases) {
        String cleanName = name == null ? "" : name.strip();
        List<String> cleanAliases = aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        return transactions.inTransaction(() -> {
            validateNew(cleanName, kind, cleanAliases);
            long id = repository.insert(cleanName, kind, now());
            for (String alias : cleanAliases) {
                repository.insertAlias(id, alias);
            }
            audit.record("unit", id, AuditEntry.Action.CREATE, "新增单位：" + cleanName
                    + (cleanAliases.isEmpty() ? "" : "（又称 " + String.join("、", cleanAliases) + "）"));
            return new Unit(id, cleanName, kind, true, cleanAliases);
        });
    }

    /** Remembers another name for a unit, e.g. the way one plan wrote it. */
    public void addAlias(long unitId, String alias) {
        String clean = alias == null ? "" : alias.strip();
        transactions.inTransaction(() -> {
            if (clean.isEmpty()) {
                throw ValidationError.of("alias", "请填写别名。");
            }
            Optional<Unit> existing = UnitMatcher.includingStopped(repository.findAll()).match(clean);
            if (existing.isPresent()) {
                if (existing.get().id() == unitId) {
                    return null;
                }
                throw ValidationError.of("alias", "“" + clean + "”已是单位“" + existing.get().name() + "”的名称或别名。");
            }
            repository.insertAlias(unitId, clean);
            audit.record("unit", unitId, AuditEntry.Action.UPDATE, "新增别名：" + clean);
            return null;
        });
    }

    public void setActive(long unitId, boolean active) {
        transactions.inTransaction(() -> {
            repository.setActive(unitId, active);
            audit.record("unit", unitId, AuditEntry.Action.UPDATE, active ? "启用单位" : "停用单位");
            return null;
        });
    }

    private void validateNew(String name, UnitKind kind, List<String> aliases) {
        List<ValidationError.Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new ValidationError.Problem("name", "请填写单位名称。"));
        }
        if (kind == null) {
            problems.add(new ValidationError.Problem("kind", "请选择单位类别（"
                    + String.join("、", Arrays.stream(UnitKind.values()).map(UnitKind::label).toList()) + "）。"));
        }
        UnitMatcher current = UnitMatcher.includingStopped(repository.findAll());
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        for (String n : names) {
            if (n.isEmpty()) {
                continue;
            }
            current.match(n).ifPresent(u -> problems.add(new ValidationError.Problem(n.equals(name) ? "name" : "aliases",
                    "“" + n + "”已是单位“" + u.name() + "”的名称或别名。")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationError(problems);
        }
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}

// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.requests.notices.NoticeKind;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.requests.notices.NoticeSettings;
import org.disclosuredesk.requests.notices.NoticeTemplates;
import org.disclosuredesk.requests.notices.NoticeType;
import org.disclosuredesk.requests.notices.Placeholder;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 设置 → 告知书: pick a notice type, edit its text with {中文名称} placeholders (an unknown one is named under
 * the editor and blocks 保存), preview it with a real request, reset it; and the notices' numbering
 * prefixes, contact line, review organ, court and how to pay.
 */
public final class NoticeTemplatesViewModel {

    private final ObservableList<NoticeType> types = FXCollections.observableArrayList(NoticeType.all());
    private final ObjectProperty<NoticeType> selected = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty customised = new SimpleBooleanProperty();
    private final ObservableList<NoticeService.PreviewCandidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<NoticeService.PreviewCandidate> candidate = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Map<NoticeKind, StringProperty> prefixes = new EnumMap<>(NoticeKind.class);
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty reviewOrgan = new SimpleStringProperty("");
    private final StringProperty court = new SimpleStringProperty("");
    private final StringProperty payment = new SimpleStringProperty("");
    private final StringBinding problem = Bindings.createStringBinding(this::problemOf, text);

    private final NoticeService service;
    private final TaskExecutor executor;

    public NoticeTemplatesViewModel(NoticeService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        for (NoticeKind k : NoticeKind.values()) {
            prefixes.put(k, new SimpleStringProperty(""));
        }
        selected.addListener((o, old, t) -> show(t));
    }

    public ObservableList<NoticeType> types() { return types; }
    public ObjectProperty<NoticeType> selectedProperty() { return selected; }
    public StringProperty textProperty() { return text; }
    public ReadOnlyBooleanProperty customisedProperty() { return customised; }
    public ObservableList<NoticeService.PreviewCandidate> candidates() { return candidates; }
    public ObjectProperty<NoticeService.PreviewCandidate> candidateProperty() { return candidate; }
    public ReadOnlyStringProperty previewProperty() { return preview; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public StringProperty prefixProperty(NoticeKind k) { return prefixes.get(k); }
    public StringProperty contactProperty() { return contact; }
    public StringProperty reviewOrganProperty() { return reviewOrgan; }
    public StringProperty courtProperty() { return court; }
    public StringProperty paymentProperty() { return payment; }

    /** Why the text cannot be saved (unknown placeholders), or "" — shown under the editor, disables 保存. */
    public StringBinding problemBinding() {
        return problem;
    }

    public List<Placeholder> placeholders() {
        return List.of(Placeholder.values());
    }

    public void load() {
        executor.execute(BackgroundTask.wrap(service::noticeSettings)
                .onSuccess(s -> {
                    prefixes.forEach((k, p) -> p.set(s.prefix(k)));
                    contact.set(s.contact());
                    reviewOrgan.set(s.reviewOrgan());
                    court.set(s.court());
                    payment.set(s.payment());
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
        if (selected.get() == null) {
            selected.set(types.get(0));
        }
    }

    public void save() {
        NoticeType type = selected.get();
        String t = text.get();
        if (type == null || !problem.get().isEmpty()) {
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> service.saveTemplate(type, t))
                .onRunning(() -> busy.set(true))
                .onSuccess(v -> {
                    customised.set(!t.strip().equals(NoticeTemplates.defaultText(type)));
                    message.set(Texts.get("notices.templates.saved", type.label()));
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void reset() {
        NoticeType type = selected.get();
        if (type == null) {
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> service.resetTemplate(type))
                .onRunning(() -> busy.set(true))
                .onSuccess(v -> {
                    text.set(NoticeTemplates.defaultText(type));
                    customised.set(false);
                    message.set(Texts.get("notices.templates.resetDone", type.label()));
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The text as typed, filled with the chosen request's facts (nothing is saved or numbered). */
    public void preview() {
        NoticeService.PreviewCandidate c = candidate.get();
        String t = text.get();
        if (c == null) {
            preview.set(candidates.isEmpty() ? Texts.get("notices.templates.noCandidate") : Texts.get("notices.templates.pickRequest"));
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.preview(c.requestId(), c.choice(), t))
                .onSuccess(n -> preview.set(NoticesView.layout(n)))
                .onFailure(e -> preview.set(UserMessages.of(e))));
    }

    public void saveSettings() {
        Map<NoticeKind, String> p = new EnumMap<>(NoticeKind.class);
        prefixes.forEach((k, v) -> p.put(k, v.get()));
        NoticeSettings s = new NoticeSettings(p, contact.get(), reviewOrgan.get(), court.get(), payment.get());
        executor.executeWrite(BackgroundTask.wrap(() -> service.saveNoticeSettings(s))
                .onRunning(() -> busy.set(true))
                .onSuccess(v -> message.set(Texts.get("notices.settings.saved")))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void show(NoticeType type) {
        preview.set("");
        if (type == null) {
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> new Loaded(service.template(type), service.isDefault(type),
                        service.previewCandidates(type, 30)))
                .onSuccess(l -> {
                    text.set(l.text);
                    customised.set(!l.isDefault);
                    candidates.setAll(l.candidates);
                    candidate.set(l.candidates.isEmpty() ? null : l.candidates.get(0));
                    preview();
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    private String problemOf() {
        String t = text.get();
        if (t == null || t.isBlank()) {
            return Texts.get("notices.templates.empty");
        }
        Set<String> unknown = NoticeTemplates.unknownPlaceholders(t);
        return unknown.isEmpty() ? "" : Texts.get("notices.templates.unknown", String.join("、", unknown));
    }

    private record Loaded(String text, boolean isDefault, List<NoticeService.PreviewCandidate> candidates) {
    }
}

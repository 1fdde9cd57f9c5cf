#include "ParamForm.h"

#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
using core::automation::ParamSpec;
using core::automation::ParamSpecs;
using Type = ParamSpec::Type;

QStringList stringsOf(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toVariant().toString());
    return out;
}

// Words a shop owner separates with commas (full-width too), 、 or semicolons.
QStringList words(const QString& text)
{
    static const QRegularExpression separators(u"\\s*[,，、;；]\\s*"_s);
    QStringList out;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
        if (const QString w = word.trimmed(); !w.isEmpty() && !out.contains(w))
            out.append(w);
    return out;
}
} // namespace

ParamForm::ParamForm(const core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ParamForm::show(const QList<ParamSpec>& specs, const QJsonObject& values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_base = values;
    for (const ParamSpec& spec : specs) {
        QWidget* editor = editorFor(spec, values.value(spec.key));
        editor->setObjectName(u"param_"_s + spec.key);
        m_editors.append({spec, editor});
        if (spec.type == Type::Bool)
            m_form->addRow(editor); // the check box carries its own words
        else
            m_form->addRow(tr("%1:").arg(ParamSpecs::label(spec)), editor);
    }
    if (specs.isEmpty())
        m_form->addRow(new QLabel(tr("Nothing to set."), this));
}

QWidget* ParamForm::editorFor(const ParamSpec& spec, const QJsonValue& value)
{
    switch (spec.type) {
    case Type::Days:
    case Type::Count: {
        auto* box = new QSpinBox(this);
        box->setRange(spec.type == Type::Days ? 0 : 1, spec.type == Type::Days ? 3650 : 100);
        if (spec.type == Type::Days)
            box->setSuffix(tr(" days"));
        box->setValue(value.toInt(box->minimum()));
        connect(box, &QSpinBox::valueChanged, this, &ParamForm::edited);
        return box;
    }
    case Type::Percent: {
        auto* box = new QSpinBox(this);
        box->setRange(1, 99);
        box->setSuffix(u" %"_s);
        box->setValue(int(std::lround(value.toDouble(0.5) * 100)));
        connect(box, &QSpinBox::valueChanged, this, &ParamForm::edited);
        return box;
    }
    case Type::Money: {
        auto* box = new QDoubleSpinBox(this);
        box->setRange(0, 100'000'000);
        box->setDecimals(2);
        box->setPrefix(tr("¥"));
        box->setSpecialValueText(tr("no limit"));
        box->setGroupSeparatorShown(true);
        box->setValue(double(value.toInteger(0)) / 100.0);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ParamForm::edited);
        return box;
    }
    case Type::Bool: {
        auto* box = new QCheckBox(ParamSpecs::label(spec), this);
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, &ParamForm::edited);
        return box;
    }
    case Type::Text: {
        auto* line = new QLineEdit(value.toString(), this);
        if (spec.key == u"title" || spec.key == u"message")
            line->setPlaceholderText(tr("Empty: the rule's usual wording"));
        connect(line, &QLineEdit::textEdited, this, &ParamForm::edited);
        return line;
    }
    case Type::TextList: {
        auto* line = new QLineEdit(stringsOf(value).join(tr(", ")), this);
        line->setPlaceholderText(tr("Any; separate several with commas"));
        connect(line, &QLineEdit::textEdited, this, &ParamForm::edited);
        return line;
    }
    case Type::Holidays: {
        auto* text = new QPlainTextEdit(ParamSpecs::holidaysText(value.toArray()), this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(96);
        text->setPlaceholderText(tr("One holiday a line: its name, a colon, its dates (2027-02-06, 2028-01-26)"));
        connect(text, &QPlainTextEdit::textChanged, this, &ParamForm::edited);
        return text;
    }
    case Type::Choice:
    case Type::ChoiceList:
        break;
    }
    const auto options = ParamSpecs::options(m_database, spec.options);
    const QList<core::automation::ParamOption> list = options ? *options : QList<core::automation::ParamOption>();
    if (spec.type == Type::Choice) {
        auto* combo = new QComboBox(this);
        for (const auto& o : list)
            combo->addItem(o.label, o.key);
        const QString current = value.toVariant().toString();
        int at = combo->findData(current);
        if (at < 0 && !current.isEmpty() && current != u"0") { // kept as written: a key this shop no longer has
            combo->addItem(ParamSpecs::optionLabel(spec.options, current), current);
            at = combo->count() - 1;
        }
        if (combo->count() == 0) {
            combo->addItem(options ? tr("(none yet)") : options.error().message, QString());
            combo->setEnabled(false);
        }
        combo->setCurrentIndex(qMax(0, at));
        connect(combo, &QComboBox::currentIndexChanged, this, &ParamForm::edited);
        return combo;
    }
    auto* ticks = new QListWidget(this);
    const QStringList chosen = stringsOf(value);
    for (const auto& o : list) {
        auto* item = new QListWidgetItem(o.label, ticks);
        item->setData(Qt::UserRole, o.key);
        item->setCheckState(chosen.contains(o.key) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString& key : chosen)
        if (std::none_of(list.cbegin(), list.cend(), [&](const auto& o) { return o.key == key; })) {
            // Kept (a built-in rule names both tier schemes' tiers), but marked: the shop has no
            // such choice now, so it matches no one until it has.
            auto* item = new QListWidgetItem(
                tr("%1 (not in this shop now)").arg(ParamSpecs::optionLabel(spec.options, key)), ticks);
            item->setData(Qt::UserRole, key);
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("This shop has no such choice at the moment (another tier scheme, or one that "
                                "was removed): it matches no customer until it has. Untick it to drop it."));
        }
    ticks->setToolTip(tr("Tick the ones that count; none ticked: any"));
    // Room around each tick (a bare list packs them edge to edge, the first against the frame) and
    // exactly as many rows as there are options, six at most before it scrolls.
    constexpr int kSpacing = 2;
    ticks->setSpacing(kSpacing);
    ticks->setUniformItemSizes(true);
    const int itemHeight = ticks->count() > 0 ? ticks->sizeHintForRow(0) : ticks->fontMetrics().height();
    const int rowHeight = itemHeight + 2 * kSpacing; // the spacing is above and below every item
    ticks->setFixedHeight(rowHeight * qMin(6, qMax(1, ticks->count())) + 2 * ticks->frameWidth());
    connect(ticks, &QListWidget::itemChanged, this, &ParamForm::edited);
    return ticks;
}

core::Result<QJsonObject> ParamForm::values() const
{
    QJsonObject out = m_base;
    for (const auto& [spec, editor] : m_editors) {
        switch (spec.type) {
        case Type::Days:
        case Type::Count:
            out.insert(spec.key, static_cast<QSpinBox*>(editor)->value());
            break;
        case Type::Percent:
            out.insert(spec.key, static_cast<QSpinBox*>(editor)->value() / 100.0);
            break;
        case Type::Money:
            if (const qint64 fen = std::llround(static_cast<QDoubleSpinBox*>(editor)->value() * 100); fen > 0)
                out.insert(spec.key, fen);
            else
                out.remove(spec.key); // no bound
            break;
        case Type::Bool:
            out.insert(spec.key, static_cast<QCheckBox*>(editor)->isChecked());
            break;
        case Type::Text:
            out.insert(spec.key, static_cast<QLineEdit*>(editor)->text().trimmed());
            break;
        case Type::TextList:
            if (const QStringList list = words(static_cast<QLineEdit*>(editor)->text()); !list.isEmpty())
                out.insert(spec.key, QJsonArray::fromStringList(list));
            else
                out.remove(spec.key); // an empty list would keep nobody: no list keeps anybody
            break;
        case Type::Holidays: {
            auto holidays = ParamSpecs::parseHolidays(static_cast<QPlainTextEdit*>(editor)->toPlainText());
            if (!holidays)
                return holidays.error();
            out.insert(spec.key, *holidays);
            break;
        }
        case Type::Choice: {
            auto* combo = static_cast<QComboBox*>(editor);
            if (!combo->isEnabled())
                break; // nothing to choose from: left as it was
            const QString key = combo->currentData().toString();
            if (ParamSpecs::numericKeys(spec.options))
                out.insert(spec.key, key.toLongLong());
            else
                out.insert(spec.key, key);
            break;
        }
        case Type::ChoiceList: {
            auto* ticks = static_cast<QListWidget*>(editor);
            QJsonArray keys;
            for (int i = 0; i < ticks->count(); ++i)
                if (ticks->item(i)->checkState() == Qt::Checked)
                    keys.append(ticks->item(i)->data(Qt::UserRole).toString());
            if (keys.isEmpty())
                out.remove(spec.key);
            else
                out.insert(spec.key, keys);
            break;
        }
        }
    }
    return out;
}

QList<QWidget*> ParamForm::editors() const
{
    QList<QWidget*> out;
    for (const auto& [spec, editor] : m_editors)
        out.append(editor);
    return out;
}

void ParamForm::setEditable(bool editable)
{
    for (const auto& [spec, editor] : m_editors)
        editor->setEnabled(editable);
}

} // namespace clientele::ui

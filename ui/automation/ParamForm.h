#pragma once

#include "automation/ParamSpecs.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QFormLayout;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The parameters of one trigger, condition or action as labelled controls (days as a spin box,
// money in yuan, a stage or tier picked from the shop's own, holidays a line each) instead of
// JSON. Keys the form does not know are kept as they were.
class ParamForm : public QWidget
{
    Q_OBJECT
public:
    explicit ParamForm(const core::storage::Database& database, QWidget* parent = nullptr);

    void show(const QList<core::automation::ParamSpec>& specs, const QJsonObject& values);
    // The values shown over the ones given to show(); a holiday line that is not understood is an
    // error that names it.
    core::Result<QJsonObject> values() const;
    void setEditable(bool editable);
    bool isEmpty() const { return m_editors.isEmpty(); }
    QList<QWidget*> editors() const; // top to bottom, for the Tab order

Q_SIGNALS:
    void edited();

private:
    QWidget* editorFor(const core::automation::ParamSpec& spec, const QJsonValue& value);

    const core::storage::Database& m_database;
    QFormLayout* m_form;
    QJsonObject m_base;
    QList<std::pair<core::automation::ParamSpec, QWidget*>> m_editors;
};

} // namespace clientele::ui

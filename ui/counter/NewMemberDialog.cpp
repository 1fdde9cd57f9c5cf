#include "NewMemberDialog.h"

#include "customers/CustomerEditor.h"
#include "domain/Clock.h"
#include "member/MemberCodes.h"
#include "segmentation/SegmentationUpkeep.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace clientele::ui {

NewMemberDialog::NewMemberDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(u"newMemberDialog"_s);
    setWindowTitle(tr("New Member"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"newMemberName"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"newMemberPhone"_s);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::Result<NewMemberDialog::Enrolled> NewMemberDialog::enroll()
{
    const QString name = m_name->text().trimmed();
    core::customers::CustomerForm::Values values;
    values.insert(core::io::ImportField::Name, name);
    values.insert(core::io::ImportField::Phone, m_phone->text().trimmed());
    auto saved = core::customers::CustomerEditor::save(m_database, 0, values, core::Clock::today());
    if (!saved)
        return saved.error();
    if (!saved->saved()) {
        QStringList problems;
        for (const auto& p : saved->problems)
            problems << p.reason;
        return core::Error::make(core::Error::Code::InvalidData, problems.join(u"\n"_s));
    }
    auto code = core::member::MemberCodes::enroll(m_database, saved->id);
    if (!code)
        return code.error();
    (void)core::segmentation::SegmentationUpkeep::update(m_database, {saved->id});
    return Enrolled{saved->id, name, *code};
}

} // namespace clientele::ui

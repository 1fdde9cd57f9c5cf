#include "ConnectServerDialog.h"

#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
const QString kGroup = u"shopServer"_s;
} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"connectServerDialog"_s);
    setWindowTitle(tr("Connect to Shop Server"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("The shop's data on a PostgreSQL server that all stores and tills share. "
                                "An empty database gets its tables on the first connection."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    QSettings settings;
    settings.beginGroup(kGroup);
    m_host = new QLineEdit(settings.value(u"host"_s).toString(), this);
    m_host->setObjectName(u"connectHost"_s);
    m_host->setPlaceholderText(tr("for example shop-server or 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"connectPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(u"port"_s, 5432).toInt());
    m_database = new QLineEdit(settings.value(u"database"_s).toString(), this);
    m_database->setObjectName(u"connectDatabase"_s);
    m_user = new QLineEdit(settings.value(u"user"_s).toString(), this);
    m_user->setObjectName(u"connectUser"_s);
    m_password = new QLineEdit(settings.value(u"password"_s).toString(), this);
    m_password->setObjectName(u"connectPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(u"connectTls"_s);
    m_tls->addItem(tr("Use it when the server offers it"), u"prefer"_s);
    m_tls->addItem(tr("Required (refuse a server without it)"), u"require"_s);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(settings.value(u"sslmode"_s, u"prefer"_s))));
    m_rememberPassword = new QCheckBox(tr("&Remember the password on this computer"), this);
    m_rememberPassword->setObjectName(u"connectRemember"_s);
    m_rememberPassword->setChecked(settings.value(u"rememberPassword"_s, false).toBool());
    settings.endGroup();

    m_message = new QLabel(this);
    m_message->setObjectName(u"connectMessage"_s);
    m_message->setStyleSheet(u"color: #b91c1c;"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a three-line reason, so the dialog does not have to grow (or clip it) when one comes.
    m_message->setMinimumHeight(3 * m_message->fontMetrics().lineSpacing());
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&TLS encryption:"), m_tls);
    form->addRow(m_rememberPassword);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    QLineEdit* first = m_host;
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password})
        if (edit->text().isEmpty()) {
            first = edit;
            break;
        }
    first->setFocus();
    setMinimumWidth(460);
    resize(460, heightForWidth(460) > 0 ? heightForWidth(460) : sizeHint().height());
}

ConnectServerDialog::~ConnectServerDialog() = default;

core::storage::DatabaseLocation ConnectServerDialog::location() const
{
    core::storage::DatabaseLocation where;
    where.kind = core::storage::DatabaseLocation::Kind::Server;
    where.host = m_host->text().trimmed();
    where.port = m_port->value();
    where.database = m_database->text().trimmed();
    where.user = m_user->text().trimmed();
    where.password = m_password->text();
    where.sslMode = m_tls->currentData().toString();
    return where;
}

void ConnectServerDialog::showProblem(const QString& text)
{
    m_message->setText(text);
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}

void ConnectServerDialog::tryConnect()
{
    const auto where = location();
    const std::pair<QLineEdit*, QString> required[] = {
        {m_host, tr("Enter the server's name or address.")},
        {m_database, tr("Enter the name of the shop's database on the server.")},
        {m_user, tr("Enter the user name for the server.")},
    };
    for (const auto& [edit, problem] : required)
        if (edit->text().trimmed().isEmpty()) {
            showProblem(problem);
            edit->setFocus();
            return;
        }
    showProblem(tr("Connecting to %1…").arg(where.display()));
    m_connect->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // show the line above
    auto opened = core::storage::Database::open(where);
    QApplication::restoreOverrideCursor();
    m_connect->setEnabled(true);
    if (!opened) {
        showProblem(opened.error().message);
        (opened.error().code == core::Error::Code::Forbidden ? m_password : m_host)->setFocus();
        return;
    }
    m_opened = std::move(*opened);
    remember();
    accept();
}

void ConnectServerDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const auto where = location();
    settings.setValue(u"host"_s, where.host);
    settings.setValue(u"port"_s, where.port);
    settings.setValue(u"database"_s, where.database);
    settings.setValue(u"user"_s, where.user);
    settings.setValue(u"sslmode"_s, where.sslMode);
    settings.setValue(u"rememberPassword"_s, m_rememberPassword->isChecked());
    if (m_rememberPassword->isChecked())
        settings.setValue(u"password"_s, where.password);
    else
        settings.remove(u"password"_s);
}

std::unique_ptr<core::storage::Database> ConnectServerDialog::takeDatabase()
{
    return std::move(m_opened);
}

} // namespace clientele::ui

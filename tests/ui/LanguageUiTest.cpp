// Two languages that do not leak into each other: every text the main window, the profile and
// the import wizard show (labels, buttons, tabs, headers, toolbar, menus, combo items) is read,
// the shop's own data (names, cities, tags, categories …) taken out, and what is left must hold no
// Chinese in the English UI and no English words in the Chinese UI.
#include "UiSupport.h"

#include "import/ImportWizard.h"
#include "models/CustomerTableModel.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "widgets/ToolbarText.h"

#include "io/ImportSource.h"
#include "storage/Database.h"

#include <QFileInfo>

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QWizard>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
// What the shop itself wrote: shown as it is in either language.
QStringList shopData(core::storage::Database& db)
{
    QStringList data;
    for (const QString& sql :
         {u"SELECT name FROM customers"_s, u"SELECT city FROM customers"_s, u"SELECT address FROM customers"_s,
          u"SELECT source_channel FROM customers"_s, u"SELECT notes FROM customers"_s, u"SELECT name FROM tags"_s,
          u"SELECT category FROM orders"_s, u"SELECT channel FROM orders"_s, u"SELECT store FROM orders"_s,
          u"SELECT member_code FROM customers"_s, u"SELECT email FROM customers"_s, u"SELECT order_no FROM orders"_s,
          u"SELECT name FROM products"_s, u"SELECT code FROM products"_s, u"SELECT category FROM products"_s,
          u"SELECT name FROM stores"_s, u"SELECT address FROM stores"_s}) {
        QSqlQuery q = db.prepare(sql);
        if (q.exec())
            while (q.next())
                if (const QString v = q.value(0).toString().trimmed(); !v.isEmpty())
                    data.append(v);
    }
    data.append(QFileInfo(db.path()).fileName()); // the shop's file, in the title and status bar
    // The headings of the file the wizard previews are the file's own.
    const auto source = core::io::ImportSource::open(QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_gbk_excel.csv"_s, {});
    REQUIRE(source.ok());
    data += (*source)->header();
    data.removeDuplicates();
    std::sort(data.begin(), data.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return data;
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every text a person can read in the widget tree under `root` (hidden tabs included).
QStringList texts(QWidget* root)
{
    QStringList out{root->windowTitle()};
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) && w != root && !qobject_cast<QTabWidget*>(w->parentWidget()))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            out.append(plain(l->text()));
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out.append(b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out.append(g->title());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            out.append(e->placeholderText());
        else if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                out.append(c->itemText(i));
        else if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                out.append(t->tabText(i));
        else if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                out.append(h->model()->headerData(i, h->orientation()).toString());
        else if (auto* bar = qobject_cast<QToolBar*>(w))
            for (QAction* a : bar->actions())
                out.append(a->iconText());
        else if (auto* menus = qobject_cast<QMenuBar*>(w))
            for (QAction* a : menus->actions())
                out.append(a->text());
    }
    return out;
}

QString withoutData(QString text, const QStringList& data)
{
    for (const QString& d : data)
        text.remove(d);
    static const QRegularExpression email(u"\\S+@\\S+"_s);
    return text.remove(email);
}

QStringList leaksOfChinese(const QStringList& shown, const QStringList& data)
{
    static const QRegularExpression cjk(u"[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"_s);
    QStringList leaks;
    for (const QString& t : shown)
        if (withoutData(t, data).contains(cjk))
            leaks.append(t);
    return leaks;
}

QStringList leaksOfEnglish(const QStringList& shown, const QStringList& data)
{
    // Names of things that are the same in Chinese text: formats, the app and key names.
    static const QRegularExpression allowed(
        u"\\b(RFM|CSV|xlsx|xlsm|xls|BOM|UTF-?8|UTF-?16|GBK|GB18030|Big5|PDF|HTML|CLV|Excel|Clientele|Ctrl|Shift|Enter|SQLite|"
        u"iCalendar|VIP|NPS|BG/NBD|Gamma-Gamma|FM|Tab)\\b"_s);
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    QStringList leaks;
    for (const QString& t : shown)
        if (withoutData(t, data).remove(allowed).contains(word))
            leaks.append(t);
    return leaks;
}

QStringList scan(ui::MainWindow& window, bool chinese)
{
    auto& db = window.database();
    const QStringList data = shopData(db);
    QStringList shown = texts(&window);
    window.showDashboard();
    QApplication::processEvents();
    shown += texts(&window);
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    auto* model = qobject_cast<ui::CustomerTableModel*>(table->model());
    {
        ui::CustomerProfileDialog profile(db, model->customerId(0));
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        shown += texts(&profile);
    }
    {
        ui::ImportWizard wizard(db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_gbk_excel.csv"_s);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        for (int page = 0; page < 3; ++page) {
            shown += texts(&wizard);
            wizard.next();
        }
        clientele::test::MessageBoxAnswer leave; // past the mapping page, leaving asks first
        clientele::test::answerNextMessageBox(leave, QMessageBox::Yes);
        wizard.reject();
    }
    shown.removeAll(QString());
    return chinese ? leaksOfEnglish(shown, data) : leaksOfChinese(shown, data);
}
} // namespace

TEST_CASE("the English UI shows no Chinese and the Chinese UI no English", "[ui][i18n][leaks]")
{
    QSettings().clear();
    {
        QTemporaryDir dir;
        ui::MainWindow window(clientele::test::demoDatabase(dir));
        window.resize(1280, 760);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QStringList leaks = scan(window, false);
        INFO(leaks.join(u"\n"_s).toStdString());
        CHECK(leaks.isEmpty());
    }
    {
        const clientele::test::ChineseUi chinese;
        QTemporaryDir dir;
        ui::MainWindow window(clientele::test::demoDatabase(dir));
        window.resize(1280, 760);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QStringList leaks = scan(window, true);
        INFO(leaks.join(u"\n"_s).toStdString());
        CHECK(leaks.isEmpty());
    }
}

TEST_CASE("toolbar buttons show the plain name of their menu item", "[ui][i18n]")
{
    CHECK(ui::toolbarText(u"新建客户(&N)…"_s) == u"新建客户"_s);
    CHECK(ui::toolbarText(u"&New Customer…"_s) == u"New Customer"_s);
    CHECK(ui::toolbarText(u"Export..."_s) == u"Export"_s);
    QSettings().clear();
    const clientele::test::ChineseUi chinese;
    QTemporaryDir dir;
    ui::MainWindow window(clientele::test::demoDatabase(dir, 20));
    auto* toolbar = window.findChild<QToolBar*>(u"mainToolbar"_s);
    REQUIRE(toolbar);
    for (QAction* a : toolbar->actions()) {
        if (a->isSeparator())
            continue;
        CAPTURE(a->iconText());
        CHECK_FALSE(a->iconText().contains(u'('));
        CHECK_FALSE(a->iconText().contains(QChar(0x2026)));
        CHECK_FALSE(a->iconText().contains(u'&'));
    }
}

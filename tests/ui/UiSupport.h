#pragma once

// Shared by the UI tests: a segmented demo shop in a temporary file, screenshots, and driving
// modal dialogs that a test cannot reach through exec().
#include "CatchCompat.h"

#include "demo/DemoShop.h"
#include "segmentation/Segmenter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace clientele::test {

inline std::unique_ptr<core::storage::Database> demoDatabase(const QTemporaryDir& dir, int customers = 300)
{
    auto db = core::storage::Database::open(dir.filePath(QStringLiteral("shop.sqlite")));
    REQUIRE(db.ok());
    core::demo::DemoOptions options;
    options.customers = customers;
    options.orders = customers * 10;
    options.seed = 7;
    options.endDate = QDate(2026, 10, 31);
    REQUIRE(core::demo::DemoShop::populate(**db, options).ok());
    REQUIRE(core::segmentation::Segmenter::run(**db, QDate(2026, 10, 31)).ok());
    return std::move(db).value();
}

// A new shop file in `dir`, the window's remembered settings cleared as on a new machine.
inline std::unique_ptr<core::storage::Database> newShop(const QTemporaryDir& dir)
{
    QSettings().clear();
    auto opened = core::storage::Database::open(dir.filePath(QStringLiteral("shop.sqlite")));
    REQUIRE(opened.ok());
    return std::move(*opened);
}

inline QString screenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(CLIENTELE_TEST_OUTPUT));
    const QString path = QDir(QStringLiteral(CLIENTELE_TEST_OUTPUT)).filePath(name);
    QApplication::processEvents(); // widgets added to a shown window appear once the loop turns
    widget.grab().save(path);
    return path;
}

// Runs `handle` on the next modal dialog of type T once it is shown (exec() blocks the test).
template <typename T>
void whenModal(std::function<void(T*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

// Answers the next message box: records which button it offers as the default, then presses
// Enter (the default) or clicks `click`.
struct MessageBoxAnswer
{
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    QString text;
    bool seen = false;
};
inline void answerNextMessageBox(MessageBoxAnswer& answer, QMessageBox::StandardButton click = QMessageBox::NoButton,
                          QObject* owner = nullptr)
{
    auto* timer = new QTimer(owner); // with an owner, it stops looking when the owner goes
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, &answer, click] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer.seen = true;
        answer.text = box->text();
        answer.defaultButton = box->defaultButton() ? box->standardButton(box->defaultButton()) : QMessageBox::NoButton;
        if (click == QMessageBox::NoButton)
            QTest::keyClick(box, Qt::Key_Return);
        else
            box->button(click)->click();
    });
    timer->start();
}

// The UI in Chinese for one scope, as the app sets it up: Clientele's and Qt's own translations
// and the locale (money, dates); English again when the scope ends.
class ChineseUi
{
public:
    ChineseUi()
    {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        REQUIRE(m_app.load(chinese, QStringLiteral("clientele"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&m_app);
        if (m_qt.load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&m_qt);
        QLocale::setDefault(chinese);
    }
    ~ChineseUi()
    {
        QApplication::removeTranslator(&m_qt);
        QApplication::removeTranslator(&m_app);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ChineseUi(const ChineseUi&) = delete;
    ChineseUi& operator=(const ChineseUi&) = delete;

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace clientele::test

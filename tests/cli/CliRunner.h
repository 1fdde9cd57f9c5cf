#pragma once

// Runs the built clientele-cli (or a tool such as pdftotext) as a user would: its own process,
// the language from the environment, no display. Shared by the CLI tests.
#include "CatchCompat.h"

#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clientele::test {

// "Today" for the clientele-cli processes a test starts (the CLI reads CLIENTELE_TODAY).
struct PinnedDay
{
    explicit PinnedDay(const char* day) { qputenv("CLIENTELE_TODAY", day); }
    ~PinnedDay() { qunsetenv("CLIENTELE_TODAY"); }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline Run runProgram(const QString& program, const QStringList& args, const QString& lang = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LC_ALL", "LANGUAGE"})
        env.insert(QString::fromLatin1(name), lang);
    env.remove(QStringLiteral("DISPLAY")); // as on a server: nothing may need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    // A missing tool (say chattr without e2fsprogs) must say so at once, not time out.
    if (!process.waitForStarted(10000))
        FAIL("cannot start " << program.toStdString() << ": " << process.errorString().toStdString()
                             << " (is it installed? packaging/linux/install-deps.sh lists what the tests need)");
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline Run cli(const QStringList& args, const QString& lang = QStringLiteral("C"))
{
    return runProgram(QStringLiteral(CLIENTELE_CLI), args, lang);
}

// The CLI with passwords in the environment, as a script would run it.
inline Run as(const QString& password, const QStringList& args, const QString& newPassword = {})
{
    qputenv("CLIENTELE_PASSWORD", password.toUtf8());
    if (!newPassword.isEmpty())
        qputenv("CLIENTELE_NEW_PASSWORD", newPassword.toUtf8());
    Run r = cli(args);
    qunsetenv("CLIENTELE_PASSWORD");
    qunsetenv("CLIENTELE_NEW_PASSWORD");
    return r;
}

} // namespace clientele::test

// The files a new owner gets with the app: the sample import templates (resources/templates)
// import cleanly through the import service the wizard uses, and the user guide
// (resources/guide) defines every figure of the catalogue in both languages, with links and
// images that resolve. These read the very files compiled into the desktop app.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "io/ImportService.h"
#include "report/Figures.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
QString resource(const QString& relative)
{
    return QDir(QStringLiteral(CLIENTELE_RESOURCES_DIR)).filePath(relative);
}

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// What a reader sees: tags dropped, the few entities the pages use decoded, spaces collapsed.
QString visibleText(QString html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    html.replace(tags, u" "_s);
    html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s);
    html.replace(u"&amp;"_s, u"&"_s);
    return html.simplified();
}

io::ImportService::Outcome importTemplate(storage::Database& db, const QString& file, io::ImportKind kind)
{
    io::ImportOptions options;
    options.kind = kind;
    auto outcome = io::ImportService::run(db, resource(u"templates/"_s + file), options);
    REQUIRE(outcome.ok());
    return std::move(outcome).value();
}

class ChineseCatalogue
{
public:
    ChineseCatalogue()
    {
        REQUIRE(m_translator.load(QLocale(QLocale::Chinese, QLocale::China), u"clientele"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseCatalogue() { QCoreApplication::removeTranslator(&m_translator); }
    ChineseCatalogue(const ChineseCatalogue&) = delete;
    ChineseCatalogue& operator=(const ChineseCatalogue&) = delete;

private:
    QTranslator m_translator;
};

const QStringList kLanguages = {u"en"_s, u"zh_CN"_s};
} // namespace

TEST_CASE("each sample import template imports every row with no error, warning or manual mapping", "[templates]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    for (const QString& language : kLanguages) {
        INFO(language.toStdString());
        auto db = clientele::test::memoryDatabase();
        for (const QString& name : {u"customers_"_s, u"orders_"_s}) {
            const QByteArray bytes = clientele::test::readFile(resource(u"templates/"_s + name + language + u".csv"_s));
            CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM: Excel opens it right
        }

        const auto customers = importTemplate(*db, u"customers_"_s + language + u".csv"_s, io::ImportKind::Customers);
        const io::ImportReport& c = customers.report;
        CHECK(c.encoding.toLower().startsWith(u"utf-8"_s));
        CHECK(c.delimiter == u',');
        CHECK(c.rows == 5);
        CHECK(c.inserted == 5);
        CHECK(c.errorRows == 0);
        CHECK(c.warningRows == 0);
        CHECK(c.conflictCount == 0);
        CHECK(c.mapping.unmappedColumns().isEmpty()); // every heading recognised
        CHECK(c.mapping.missingRequired().isEmpty());
        CHECK(c.notes.isEmpty());

        const auto orders = importTemplate(*db, u"orders_"_s + language + u".csv"_s, io::ImportKind::Orders);
        const io::ImportReport& o = orders.report;
        CHECK(o.rows == 8);
        CHECK(o.inserted == 8);
        CHECK(o.errorRows == 0);
        CHECK(o.warningRows == 0);
        CHECK(o.unknownCustomers == 0); // every order finds the customer of the other template
        CHECK(o.mapping.unmappedColumns().isEmpty());
        // The one note: the template's stores joined the empty shop's store list.
        REQUIRE(o.notes.size() == 1);
        CHECK(o.notes[0].contains(language == u"en" ? u"Flagship"_s : u"总店"_s));
        CHECK(o.notes[0].contains(language == u"en" ? u"East branch"_s : u"东区店"_s));

        // The values arrive as written: one refund among the orders, tags split, consent read.
        const auto purchases = storage::OrderRepository(*db).countPurchases();
        REQUIRE(purchases.ok());
        CHECK(*purchases == 7);
        const auto first = storage::CustomerRepository(*db).findByMemberCode(u"M0001"_s);
        REQUIRE(first.ok());
        REQUIRE(first->has_value());
        CHECK((*first)->phone == u"13800138001"_s);
        const auto tags = storage::CustomerRepository(*db).tags((*first)->id);
        REQUIRE(tags.ok());
        CHECK(tags->size() == 2); // "VIP;coffee": two tags
        CHECK((*first)->marketingConsent);
        CHECK((*first)->gender == u"F"_s);
        const auto second = storage::CustomerRepository(*db).findByMemberCode(u"M0002"_s);
        REQUIRE(second.ok());
        REQUIRE(second->has_value());
        CHECK_FALSE((*second)->marketingConsent);
    }
}

TEST_CASE("the guide's figures page defines every figure of the catalogue, in both languages", "[guide][figures]")
{
    const QList<report::FigureId> figures = report::Figures::all();
    REQUIRE(figures.size() > 20);
    for (const QString& language : kLanguages) {
        const QString html = readText(resource(u"guide/"_s + language + u"/figures.html"_s));
        const QString text = visibleText(html);
        std::optional<ChineseCatalogue> chinese;
        if (language == u"zh_CN")
            chinese.emplace();
        for (const report::FigureId id : figures) {
            const QString key = report::Figures::key(id);
            const QString name = report::Figures::name(id);
            const QString definition = report::Figures::definition(id);
            // A new figure, or a changed name or definition, needs its row in both pages:
            //   <tr><td><a name="KEY"></a><b>NAME</b></td><td>DEFINITION</td><td>WHERE</td></tr>
            INFO(language.toStdString() << " page resources/guide/" << language.toStdString()
                                        << "/figures.html lacks the row of " << key.toStdString() << ": "
                                        << name.toStdString() << " — " << definition.toStdString());
            CHECK(html.contains(u"<a name=\""_s + key + u"\">"_s));
            CHECK(text.contains(name));
            CHECK(text.contains(definition.simplified()));
        }
        // And no row for a figure the catalogue no longer has.
        QSet<QString> keys;
        for (const report::FigureId id : figures)
            keys.insert(report::Figures::key(id));
        static const QRegularExpression anchor(u"<a name=\"([a-z0-9_]+)\">"_s);
        for (auto it = anchor.globalMatch(html); it.hasNext();) {
            const QString key = it.next().captured(1);
            INFO(language.toStdString() << ": " << key.toStdString());
            CHECK(keys.contains(key));
        }
    }
}

TEST_CASE("the guide has the same pages in both languages, and every link and image resolves", "[guide]")
{
    const QString qrc = readText(resource(u"guide/guide.qrc"_s));
    static const QRegularExpression href(u"(href|src)=\"([^\"#:]*)(#([^\"]*))?\""_s);
    QStringList pages[2];
    for (int l = 0; l < 2; ++l) {
        const QDir dir(resource(u"guide/"_s + kLanguages[l]));
        pages[l] = dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        for (const QString& page : std::as_const(pages[l])) {
            INFO(QString(kLanguages[l] + u'/' + page).toStdString());
            CHECK(qrc.contains(u"<file>"_s + kLanguages[l] + u'/' + page + u"</file>"_s)); // compiled in
            const QString html = readText(dir.filePath(page));
            CHECK(html.contains(u"<title>"_s));
            for (auto it = href.globalMatch(html); it.hasNext();) {
                const auto match = it.next();
                const QString target = match.captured(2).isEmpty() ? page : match.captured(2);
                INFO(match.captured(0).toStdString());
                const QString path = QDir::cleanPath(dir.filePath(target));
                REQUIRE(QFileInfo::exists(path));
                if (match.captured(1) == u"src") {
                    CHECK(qrc.contains(u"<file>"_s + QDir(resource(u"guide"_s)).relativeFilePath(path) + u"</file>"_s));
                    CHECK(target.contains(kLanguages[l])); // the screenshot in the page's language
                }
                if (!match.captured(4).isEmpty())
                    CHECK(readText(path).contains(u"<a name=\""_s + match.captured(4) + u"\">"_s));
            }
        }
    }
    CHECK(pages[0].size() == 10);
    CHECK(pages[0] == pages[1]);
}

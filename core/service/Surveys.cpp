#include "Surveys.h"

#include "../care/CareTaskGenerator.h"
#include "../io/CsvReader.h"
#include "../io/DateParser.h"
#include "../io/DelimiterSniffer.h"
#include "../io/PhoneNormalizer.h"
#include "../io/TextDecoding.h"
#include "../storage/CustomerRepository.h"
#include "../automation/RuleEngine.h"
#include "../storage/AutomationRepository.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::service::Surveys", text);
}

enum Column { Phone, MemberCode, AnyKey, Day, Score, Comment, ColumnCount };

// Header names as shops write them, lower case, in English and Chinese.
int columnOf(const QString& header)
{
    static const QList<QStringList> names{
        {u"phone"_s, u"mobile"_s, u"phone number"_s, u"手机"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s},
        {u"member code"_s, u"member_code"_s, u"member"_s, u"会员号"_s, u"会员编号"_s, u"会员卡号"_s, u"会员码"_s},
        {u"customer"_s, u"客户"_s},
        {u"date"_s, u"answered on"_s, u"日期"_s, u"调查日期"_s, u"答复日期"_s},
        {u"score"_s, u"nps"_s, u"rating"_s, u"评分"_s, u"分数"_s, u"得分"_s},
        {u"comment"_s, u"comments"_s, u"note"_s, u"备注"_s, u"评论"_s, u"意见"_s, u"留言"_s},
    };
    const QString h = header.trimmed().toLower();
    for (int c = 0; c < names.size(); ++c)
        if (names[c].contains(h))
            return c;
    return -1;
}

Result<std::optional<Customer>> findCustomer(const storage::Database& database, const QString& code, const QString& phone)
{
    storage::CustomerRepository customers(database);
    if (!code.trimmed().isEmpty()) {
        auto found = customers.findByMemberCode(code.trimmed());
        if (!found || found->has_value())
            return found;
    }
    if (!phone.trimmed().isEmpty()) {
        const io::NormalizedPhone normalized = io::PhoneNormalizer::normalize(phone);
        if (!normalized.digits.isEmpty())
            return customers.findByPhone(normalized.digits);
    }
    return std::optional<Customer>();
}
} // namespace

namespace {
// One answer and the detractor rule after it, inside the caller's transaction.
Result<storage::AnswerWrite> writeAnswer(storage::Database& database, qint64 customerId, const QDate& day, int score,
                                         const QString& comment, const QString& source)
{
    if (score < 0 || score > Surveys::kMaxScore)
        return Error::make(Error::Code::InvalidData, tr("A score is 0 to 10, not %1.").arg(score));
    if (!day.isValid())
        return Error::make(Error::Code::InvalidData, tr("The answer needs a date."));
    storage::SurveyAnswer answer;
    answer.customerId = customerId;
    answer.answeredOn = day;
    answer.score = score;
    answer.comment = comment.trimmed();
    answer.source = source;
    const auto written = storage::SurveyRepository(database).put(answer);
    if (!written)
        return written.error();
    if (auto planned = Surveys::planDetractorCalls(database); !planned)
        return planned.error();
    return *written;
}
} // namespace

Result<storage::AnswerWrite> Surveys::record(storage::Database& database, qint64 customerId, const QDate& day,
                                             int score, const QString& comment, const QString& source)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const auto written = writeAnswer(database, customerId, day, score, comment, source);
    if (!written)
        return written.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *written;
}

Result<SurveyImportResult> Surveys::importFile(storage::Database& database, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray sample = file.peek(io::TextDecoding::kSampleBytes);
    const auto encoding = io::TextDecoding::detect(sample);
    if (!encoding)
        return encoding.error();
    const QChar delimiter = io::DelimiterSniffer::sniff(QString(io::TextDecoding::decoder(encoding->name).decode(sample.left(8192))));
    io::CsvReader reader(&file, encoding->name, delimiter.isNull() ? u',' : delimiter);

    io::CsvRecord header;
    if (!reader.readHeader(header))
        return reader.error() ? *reader.error()
                              : Error::make(Error::Code::NotCsv, tr("%1 is empty.").arg(path));
    QList<int> index(ColumnCount, -1);
    for (int i = 0; i < header.fields.size(); ++i)
        if (const int c = columnOf(header.fields[i]); c >= 0 && index[c] < 0)
            index[c] = i;
    if ((index[Phone] < 0 && index[MemberCode] < 0 && index[AnyKey] < 0) || index[Day] < 0 || index[Score] < 0)
        return Error::make(Error::Code::InvalidData,
                           tr("%1 needs the columns phone or member code, date and score (found: %2).")
                               .arg(path, header.fields.join(u", "_s)));
    auto headerOf = [&](int c) { return header.fields.value(index[c]); };

    SurveyImportResult result;
    QList<storage::SurveyAnswer> answers;
    io::CsvRecord record;
    while (reader.next(record)) {
        auto field = [&](int c) { return index[c] < 0 ? QString() : record.fields.value(index[c]).trimmed(); };
        if (std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        ++result.rows;
        auto bad = [&](int c, const QString& message) { result.errors.append({record.line, headerOf(c), field(c), message}); };
        const QString code = index[MemberCode] >= 0 ? field(MemberCode) : field(AnyKey);
        const QString phone = index[Phone] >= 0 ? field(Phone) : field(AnyKey);
        const auto customer = findCustomer(database, code, phone);
        if (!customer)
            return customer.error();
        const int keyColumn = index[Phone] >= 0 ? Phone : index[MemberCode] >= 0 ? MemberCode : AnyKey;
        if (!customer->has_value())
            bad(keyColumn, tr("no customer with this phone or member code"));
        const auto day = io::DateParser::parse(field(Day));
        if (!day)
            bad(Day, tr("not a date"));
        bool isNumber = false;
        const int score = field(Score).toInt(&isNumber);
        if (!isNumber || score < 0 || score > kMaxScore)
            bad(Score, tr("not a score from 0 to 10"));
        if (!customer->has_value() || !day || !isNumber || score < 0 || score > kMaxScore)
            continue;
        storage::SurveyAnswer a;
        a.customerId = (*customer)->id;
        a.answeredOn = day->date;
        a.score = score;
        a.comment = field(Comment);
        a.source = u"import"_s;
        answers.append(a);
    }
    if (reader.error())
        return *reader.error();
    if (!result.errors.isEmpty())
        return result;

    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::SurveyRepository repo(database);
    for (const auto& a : answers) {
        const auto written = repo.put(a);
        if (!written)
            return written.error();
        switch (*written) {
        case storage::AnswerWrite::Inserted: ++result.inserted; break;
        case storage::AnswerWrite::Updated: ++result.updated; break;
        case storage::AnswerWrite::Unchanged: ++result.unchanged; break;
        }
    }
    const auto planned = planDetractorCalls(database);
    if (!planned)
        return planned.error();
    result.followUps = *planned;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

Result<QString> Surveys::issueCode(storage::Database& database, qint64 customerId, const QDate& day)
{
    // Six characters without 0/O or 1/I/L, derived from the customer and day (a retry salt on a clash).
    static const QString alphabet = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ"_s;
    storage::SurveyRepository repo(database);
    for (int salt = 0; salt < 100; ++salt) {
        const QByteArray hash = QCryptographicHash::hash(
            u"%1:%2:%3"_s.arg(customerId).arg(day.toString(Qt::ISODate)).arg(salt).toUtf8(), QCryptographicHash::Sha256);
        QString code;
        for (int i = 0; i < 6; ++i)
            code.append(alphabet.at(quint8(hash.at(i)) % alphabet.size()));
        const auto known = repo.code(code);
        if (!known)
            return known.error();
        if (known->has_value())
            continue;
        if (auto s = repo.addCode(code, u"nps"_s, customerId, day); !s)
            return s.error();
        return code;
    }
    return Error::make(Error::Code::Conflict, tr("No free reply code for customer %1.").arg(customerId));
}

Result<qint64> Surveys::answerByCode(storage::Database& database, const QString& code, int score,
                                     const QString& comment, const QDate& day)
{
    const QString key = code.trimmed().toUpper();
    storage::SurveyRepository repo(database);
    const auto known = repo.code(key);
    if (!known)
        return known.error();
    if (!known->has_value())
        return Error::make(Error::Code::NotFound, tr("There is no reply code %1.").arg(key));
    if ((*known)->answerId != 0)
        return Error::make(Error::Code::Conflict, tr("Reply code %1 was answered already.").arg(key));
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const auto written = writeAnswer(database, (*known)->customerId, day, score, comment, u"reply"_s);
    if (!written)
        return written.error();
    const auto id = repo.answerId((*known)->survey, (*known)->customerId, day);
    if (!id)
        return id.error();
    if (auto s = repo.markCodeAnswered(key, *id); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<int> Surveys::planDetractorCalls(storage::Database& database, const QDate& today)
{
    // The automation engine's built-in "detractor" rule (a survey_detractor trigger), run for
    // these answers now rather than at the next recalculation; each answer is one event, so a
    // re-import or a later run finds it done.
    const auto rules = storage::AutomationRepository(database).rules();
    if (!rules)
        return rules.error();
    QList<automation::Rule> detractor;
    for (const automation::Rule& r : *rules)
        if (r.builtin == u"detractor" && r.enabled)
            detractor.append(r);
    if (detractor.isEmpty())
        return 0;
    const int ahead = detractor.first().trigger.value(u"days_after"_s).toInt(1);
    const auto collected = automation::RuleEngine::collect(database, detractor, today, today.addDays(ahead + 31));
    if (!collected)
        return collected.error();
    const auto applied = automation::RuleEngine::apply(database, collected->items, today);
    if (!applied)
        return applied.error();
    return int(*applied);
}

} // namespace clientele::core::service

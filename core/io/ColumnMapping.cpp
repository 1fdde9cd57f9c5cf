#include "ColumnMapping.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace clientele::core::io {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::ColumnMapping", text);
}

struct Synonyms
{
    ImportField field;
    QList<const char16_t*> names; // already normalized (lower case, no spaces or punctuation)
};

// Header synonyms seen in POS, Youzan/Weidian, Meituan and Excel exports. Order matters only for
// headers that could mean two things ("时间" is the order date unless a date column exists).
const QList<Synonyms>& synonymTable()
{
    static const QList<Synonyms> table = {
        {ImportField::MemberCode,
         {u"会员号", u"会员卡号", u"会员编号", u"会员编码", u"客户编号", u"客户号", u"客户编码", u"卡号", u"会员卡",
          u"vip卡号", u"会员id", u"客户id", u"customerid", u"customercode", u"customerno", u"memberid",
          u"membercode", u"memberno", u"membernumber", u"cardno", u"cardnumber", u"vipno"}},
        {ImportField::Name,
         {u"姓名", u"客户名称", u"客户姓名", u"会员姓名", u"会员名称", u"顾客姓名", u"顾客", u"名字", u"名称", u"客户",
          u"联系人", u"name", u"customername", u"fullname", u"membername", u"customer"}},
        {ImportField::Phone,
         {u"手机", u"手机号", u"手机号码", u"联系电话", u"电话", u"电话号码", u"联系方式", u"会员手机", u"会员手机号",
          u"客户手机", u"mobile", u"phone", u"mobilephone", u"phonenumber", u"tel", u"telephone", u"cellphone",
          u"cell"}},
        {ImportField::Email, {u"邮箱", u"电子邮箱", u"邮件", u"电子邮件", u"email", u"mail", u"emailaddress"}},
        {ImportField::WechatId,
         {u"微信号", u"微信", u"微信id", u"微信账号", u"wechat", u"wechatid", u"weixin", u"weixinhao", u"wxid"}},
        {ImportField::Gender, {u"性别", u"gender", u"sex"}},
        {ImportField::Birthday,
         {u"生日", u"出生日期", u"出生年月日", u"出生年月", u"birthday", u"birthdate", u"dateofbirth", u"dob"}},
        {ImportField::City, {u"城市", u"地区", u"所在城市", u"所在地区", u"所在地", u"城市地区", u"city", u"region", u"area"}},
        {ImportField::Address, {u"地址", u"详细地址", u"收货地址", u"联系地址", u"住址", u"address"}},
        {ImportField::SourceChannel,
         {u"来源", u"来源渠道", u"客户来源", u"获客渠道", u"注册渠道", u"source", u"sourcechannel", u"leadsource"}},
        {ImportField::JoinedOn,
         {u"入会日期", u"入会时间", u"注册时间", u"注册日期", u"开卡日期", u"开卡时间", u"加入日期", u"建档日期",
          u"joined", u"joindate", u"joinedon", u"registered", u"registrationdate", u"signupdate", u"since"}},
        {ImportField::Notes, {u"备注", u"说明", u"客户备注", u"notes", u"note", u"remark", u"remarks", u"comment", u"comments"}},
        {ImportField::MarketingConsent,
         {u"营销同意", u"同意营销", u"接收营销", u"允许营销", u"营销许可", u"marketingconsent", u"consent", u"optin",
          u"marketingoptin"}},
        {ImportField::Tags, {u"标签", u"客户标签", u"会员标签", u"tags", u"tag", u"labels"}},
        {ImportField::OrderNo,
         {u"订单号", u"单号", u"订单编号", u"流水号", u"小票号", u"订单id", u"交易单号", u"销售单号", u"orderno",
          u"orderid", u"ordernumber", u"receiptno", u"receiptnumber", u"transactionid", u"invoiceno", u"invoice",
          u"invoicenumber"}},
        {ImportField::OrderDate,
         {u"下单时间", u"下单日期", u"订单日期", u"订单时间", u"日期", u"交易时间", u"交易日期", u"消费时间", u"消费日期",
          u"购买日期", u"购买时间", u"销售日期", u"付款时间", u"支付时间", u"时间", u"date", u"orderdate", u"orderedat",
          u"purchasedate", u"transactiondate", u"datetime", u"orderdatetime", u"createdat", u"invoicedate", u"销售时间"}},
        {ImportField::OrderTime, {u"时间", u"时刻", u"下单时刻", u"time", u"ordertime"}},
        {ImportField::Amount,
         {u"金额", u"实付金额", u"消费金额", u"订单金额", u"支付金额", u"实收金额", u"成交金额", u"实付", u"付款金额",
          u"销售额", u"amount", u"total", u"paid", u"amountpaid", u"sales", u"revenue", u"ordertotal", u"totalamount"}},
        {ImportField::Category,
         {u"品类", u"类别", u"商品类别", u"分类", u"商品分类", u"大类", u"菜品类别", u"category", u"productcategory"}},
        // Order lines. "Amount"/金额 stays the order amount above; in a file with line columns
        // it is read as the line total (ColumnMapping::detect).
        {ImportField::Quantity, {u"数量", u"件数", u"份数", u"销售数量", u"quantity", u"qty", u"units"}},
        {ImportField::UnitPrice, {u"单价", u"售价", u"零售价", u"销售单价", u"unitprice", u"price", u"itemprice"}},
        {ImportField::LineTotal, {u"小计", u"行金额", u"商品金额", u"linetotal", u"lineamount", u"subtotal", u"itemtotal"}},
        {ImportField::Discount, {u"优惠金额", u"折扣", u"折扣金额", u"优惠", u"discount", u"discountamount"}},
        {ImportField::ProductCode,
         {u"商品编码", u"货号", u"条码", u"商品条码", u"商品编号", u"菜品编码", u"stockcode", u"sku", u"barcode",
          u"productcode", u"itemcode", u"productid"}},
        {ImportField::ProductName,
         {u"商品名称", u"商品", u"品名", u"菜品", u"菜品名称", u"菜名", u"服务项目", u"description",
          u"product", u"item", u"productname", u"itemname", u"itemdescription"}},
        {ImportField::RefundFlag, {u"退货", u"退款", u"是否退货", u"是否退款", u"退货标记", u"refund", u"return",
                                   u"isrefund", u"isreturn", u"returned"}},
        {ImportField::Channel, {u"渠道", u"销售渠道", u"下单渠道", u"订单来源", u"channel", u"saleschannel"}},
        {ImportField::Store, {u"门店", u"店铺", u"门店名称", u"店名", u"分店", u"店铺名称", u"store", u"shop", u"branch",
                              u"storename", u"location"}},
    };
    return table;
}

} // namespace

QString ColumnMapping::normalizeHeader(const QString& header)
{
    QString h = TextNormalizer::toHalfWidth(header).toLower();
    // Units and notes in brackets: "实付金额(元)", "金额（¥）".
    static const QRegularExpression brackets(QStringLiteral(R"(\([^)]*\)|\[[^\]]*\]|【[^】]*】)"));
    h.remove(brackets);
    static const QRegularExpression noise(QStringLiteral(R"([\s_\-./:*#])"));
    h.remove(noise);
    return h;
}

ColumnMapping::ColumnMapping(ImportKind kind, QStringList header)
    : m_kind(kind), m_header(std::move(header)), m_fields(m_header.size(), ImportField::None)
{
}

ColumnMapping ColumnMapping::detect(const QStringList& header, ImportKind kind)
{
    ColumnMapping mapping(kind, header);
    const QList<ImportField> allowed = importfield::fieldsFor(kind);
    for (int column = 0; column < header.size(); ++column) {
        const QString name = normalizeHeader(header[column]);
        if (name.isEmpty())
            continue;
        for (const auto& entry : synonymTable()) {
            if (!allowed.contains(entry.field) || mapping.has(entry.field))
                continue;
            const bool matches = std::any_of(entry.names.cbegin(), entry.names.cend(),
                                             [&](const char16_t* s) { return name == QStringView(s); });
            if (matches) {
                mapping.m_fields[column] = entry.field;
                break;
            }
        }
    }
    // A line-item file's "amount" (金额, 实收金额) is the line's, not the order's.
    if (kind == ImportKind::Orders && mapping.isLineItems() && mapping.has(ImportField::Amount) &&
        !mapping.has(ImportField::LineTotal))
        mapping.setField(mapping.columnOf(ImportField::Amount), ImportField::LineTotal);
    return mapping;
}

bool ColumnMapping::isLineItems() const
{
    if (m_kind != ImportKind::Orders)
        return false;
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [](ImportField f) { return importfield::isLineField(f); });
}

Result<ColumnMapping> ColumnMapping::fromSaved(const QJsonObject& saved, const QStringList& header, ImportKind kind)
{
    ColumnMapping mapping = detect(header, kind);
    const QJsonObject columns = saved.value(QStringLiteral("columns")).toObject();
    const QList<ImportField> allowed = importfield::fieldsFor(kind);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const int column = int(header.indexOf(it.key()));
        if (column < 0)
            continue; // a saved mapping may cover columns this file lacks
        const QString fieldKey = it.value().toString();
        if (fieldKey.startsWith(QStringLiteral("custom:"))) {
            if (kind == ImportKind::Customers)
                mapping.setCustomField(column, fieldKey.mid(7));
            continue;
        }
        const ImportField field = importfield::fromKey(fieldKey);
        if (field == ImportField::None && !fieldKey.isEmpty() && fieldKey != u"none")
            return Error::make(Error::Code::Usage,
                               tr("The saved mapping names an unknown field \"%1\" for column \"%2\".")
                                   .arg(fieldKey, it.key()));
        if (field != ImportField::None && !allowed.contains(field))
            return Error::make(Error::Code::Usage, tr("The field \"%1\" cannot be imported into %2.")
                                                       .arg(fieldKey, importfield::kindKey(kind)));
        mapping.setField(column, field);
    }
    return mapping;
}

Result<QJsonObject> ColumnMapping::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot open the mapping file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::Usage,
                           tr("The mapping file %1 is not valid JSON: %2").arg(path, parseError.errorString()));
    return doc.object();
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (int column = 0; column < m_header.size(); ++column) {
        const ImportField field = fieldOf(column);
        if (m_custom.contains(column))
            columns.insert(m_header[column], QString(QStringLiteral("custom:") + m_custom.value(column)));
        else
            columns.insert(m_header[column], field == ImportField::None ? QStringLiteral("none") : importfield::key(field));
    }
    return QJsonObject{{QStringLiteral("kind"), importfield::kindKey(m_kind)}, {QStringLiteral("columns"), columns}};
}

Status ColumnMapping::saveFile(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int ColumnMapping::columnOf(ImportField field) const
{
    return int(m_fields.indexOf(field));
}

void ColumnMapping::setField(int column, ImportField field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (field != ImportField::None)
        for (auto& f : m_fields)
            if (f == field)
                f = ImportField::None;
    m_fields[column] = field;
    if (field != ImportField::None)
        m_custom.remove(column);
}

void ColumnMapping::setCustomField(int column, const QString& key)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (key.isEmpty()) {
        m_custom.remove(column);
        return;
    }
    for (auto it = m_custom.begin(); it != m_custom.end();)
        it = it.value() == key ? m_custom.erase(it) : std::next(it);
    m_fields[column] = ImportField::None;
    m_custom.insert(column, key);
}

void ColumnMapping::mapCustomFields(const QList<CustomField>& fields)
{
    if (m_kind != ImportKind::Customers)
        return;
    for (int column = 0; column < m_header.size(); ++column) {
        if (m_fields[column] != ImportField::None || m_custom.contains(column))
            continue;
        const QString name = normalizeHeader(m_header[column]);
        if (name.isEmpty())
            continue;
        for (const CustomField& field : fields) {
            const bool taken = std::any_of(m_custom.cbegin(), m_custom.cend(),
                                           [&](const QString& key) { return key == field.key; });
            if (!taken && (name == normalizeHeader(field.label) || name == normalizeHeader(field.key))) {
                m_custom.insert(column, field.key);
                break;
            }
        }
    }
}

QStringList ColumnMapping::unmappedColumns() const
{
    QStringList unmapped;
    for (int column = 0; column < m_header.size(); ++column)
        if (m_fields[column] == ImportField::None && !m_custom.contains(column))
            unmapped.append(m_header[column].isEmpty() ? tr("(column %1 without a name)").arg(column + 1)
                                                       : m_header[column]);
    return unmapped;
}

QList<ImportField> ColumnMapping::missingRequired() const
{
    QList<ImportField> missing;
    if (m_kind == ImportKind::Customers) {
        if (!has(ImportField::Name) && !has(ImportField::Phone) && !has(ImportField::MemberCode))
            missing << ImportField::Name;
    } else if (isLineItems()) {
        if (!has(ImportField::OrderDate))
            missing << ImportField::OrderDate;
        if (!has(ImportField::LineTotal) && !(has(ImportField::Quantity) && has(ImportField::UnitPrice)))
            missing << (has(ImportField::Quantity) ? ImportField::UnitPrice : ImportField::LineTotal);
        if (!has(ImportField::MemberCode) && !has(ImportField::Phone) && !has(ImportField::Email))
            missing << ImportField::MemberCode;
    } else {
        for (const auto f : {ImportField::OrderDate, ImportField::Amount})
            if (!has(f))
                missing << f;
        if (!has(ImportField::MemberCode) && !has(ImportField::Phone) && !has(ImportField::Email))
            missing << ImportField::MemberCode;
    }
    return missing;
}

} // namespace clientele::core::io

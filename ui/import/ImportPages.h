#pragma once

#include "domain/CustomField.h"
#include "io/ColumnMapping.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace clientele::ui {

class ImportWizard;

// Step 1: the file, and whether it holds customers or orders (guessed from its header).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void listSheets();
    void guessKind();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet; // an Excel workbook's sheets; hidden for text files
    QRadioButton* m_customers;
    QRadioButton* m_orders;
    QCheckBox* m_createCustomers;
    QCheckBox* m_consentGiven; // for rows that do not say (ImportOptions::consentGiven)
    QLabel* m_storeLabel;
    QComboBox* m_store; // orders: the store of rows that name none (ImportOptions::store); hidden without stores
    QLabel* m_hint;
};

// Step 2: detected encoding and delimiter, both changeable, with a live preview of the rows.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override { return m_readable; }
    bool validatePage() override;

private:
    void refreshPreview();

    ImportWizard* m_wizard;
    QFormLayout* m_form;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_detected;
    QTableWidget* m_preview;
    bool m_readable = false;
};

// Step 3: which field each column feeds, detected from the header or a saved mapping.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void load(const QString& savedName);
    void updateMissing();
    void saveMapping();
    // "New field from this column…": defines a shop field from the column (its values proposed
    // as choices) and maps the column to it.
    void newFieldFrom(int column);
    void addFieldChoices(QComboBox* choice) const;
    QString choiceData(const core::io::ColumnMapping& mapping, int column) const;

    ImportWizard* m_wizard;
    QComboBox* m_saved;
    QTableWidget* m_columns;
    QLabel* m_missing;
    QStringList m_header;
    QList<core::CustomField> m_shopFields;
    bool m_complete = false;
};

} // namespace clientele::ui

// SPDX-License-Identifier: LGPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsProblems {
    int messages = 0;
    QStringList unfinished; ///< type="unfinished" or an empty translation
    QStringList stale;      ///< type="obsolete" / "vanished": the source no longer has the text
};

TsProblems inspect(const QString& path) {
    TsProblems out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++out.messages;
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString where = context + QLatin1String(": ") + source.left(60);
            QString text;
            // A plural entry keeps its forms in <numerusform> children; readElementText includes them.
            text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                out.unfinished << where;
            else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                out.stale << where;
        }
    }
    if (xml.hasError())
        out.unfinished << QStringLiteral("XML error: %1").arg(xml.errorString());
    return out;
}

QStringList tsFiles() {
    const QDir dir(QStringLiteral(KEYLADDER_TS_DIR));
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files))
        out << dir.filePath(name);
    return out;
}

} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT

private slots:
    void inspectorSeesProblems_data() {
        QTest::addColumn<QByteArray>("ts");
        QTest::addColumn<int>("unfinished");
        QTest::addColumn<int>("stale");
        const QByteArray head = "<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"de_DE\">"
                                "<context><name>X</name>";
        QTest::newRow("complete") << head + "<message><source>a</source><translation>b</translation></message>"
                                            "</context></TS>"
                                  << 0 << 0;
        QTest::newRow("unfinished") << head + "<message><source>a</source><translation type=\"unfinished\">"
                                              "</translation></message></context></TS>"
                                    << 1 << 0;
        QTest::newRow("empty translation")
            << head + "<message><source>a</source><translation></translation></message></context></TS>" << 1 << 0;
        QTest::newRow("vanished") << head + "<message><source>a</source><translation type=\"vanished\">b"
                                            "</translation></message></context></TS>"
                                  << 0 << 1;
        QTest::newRow("plural complete")
            << head + "<message numerus=\"yes\"><source>%n x</source><translation><numerusform>%n a</numerusform>"
                      "<numerusform>%n b</numerusform></translation></message></context></TS>"
            << 0 << 0;
    }
    void inspectorSeesProblems() {
        QFETCH(QByteArray, ts);
        QFETCH(int, unfinished);
        QFETCH(int, stale);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("x.ts")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ts);
        f.close();
        const TsProblems p = inspect(f.fileName());
        QCOMPARE(p.unfinished.size(), unfinished);
        QCOMPARE(p.stale.size(), stale);
    }

    void everyEntryTranslated_data() {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY2(!files.isEmpty(), "no .ts file in assets/translations");
        for (const QString& path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void everyEntryTranslated() {
        QFETCH(QString, path);
        const TsProblems p = inspect(path);
        QVERIFY2(p.messages > 0, qPrintable(path));
        QVERIFY2(p.unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished:\n  ") + p.unfinished.join("\n  ")));
        QVERIFY2(p.stale.isEmpty(), qPrintable(QStringLiteral("obsolete:\n  ") + p.stale.join("\n  ")));
    }

    // lupdate over today's sources, into a copy: a new qsTr()/tr()/coreTr() text shows up as unfinished,
    // a removed or changed one as vanished. Either means the checked-in .ts is behind the code.
    void sourcesMatchTranslations_data() { everyEntryTranslated_data(); }
    void sourcesMatchTranslations() {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QDir src(QStringLiteral(KEYLADDER_SOURCE_DIR));
        QStringList args{src.filePath(QStringLiteral("qml")),
                         src.filePath(QStringLiteral("app/gui")),
                         src.filePath(QStringLiteral("app/render")),
                         src.filePath(QStringLiteral("core")),
                         QStringLiteral("-extensions"),
                         QStringLiteral("qml,cpp,h"),
                         QStringLiteral("-I"),
                         src.absolutePath(),
                         QStringLiteral("-locations"),
                         QStringLiteral("none"),
                         QStringLiteral("-tr-function-alias"),
                         QStringLiteral("translate+=coreTr,translate+=renderTr,QT_TRANSLATE_NOOP+=KEYLADDER_TR_NOOP"),
                         QStringLiteral("-silent"),
                         QStringLiteral("-ts"),
                         copy};
        QProcess lupdate;
        lupdate.start(QStringLiteral(KEYLADDER_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        const TsProblems p = inspect(copy);
        QVERIFY2(p.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("texts without a translation (run the update_translations target):\n  ") +
                            p.unfinished.join("\n  ")));
        QVERIFY2(p.stale.isEmpty(),
                 qPrintable(QStringLiteral("translations whose source text is gone:\n  ") + p.stale.join("\n  ")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"

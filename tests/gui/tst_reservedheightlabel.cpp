// The hint label keeps what it measured and laid out across changes that do not affect it;
// whatever it kept, it must paint exactly what a label made fresh at that size paints.
#include "steps/reservedheightlabel.h"

#include <QImage>
#include <QLabel>
#include <QTest>

#include <memory>

using namespace stagecraft;

namespace {

const QString Long = QStringLiteral("system packages the install and build steps need, such as python3 and "
                                    "build-essential for native addons; empty when the project needs none");

std::unique_ptr<ReservedHeightLabel> makeHint(const QString &text)
{
    auto label = std::make_unique<ReservedHeightLabel>();
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QImage painted(ReservedHeightLabel &label)
{
    QImage image(label.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    label.render(&image);
    return image;
}

// Fails the running test when a hint does not draw `text` as a selectable QLabel does.
void compareWithQLabel(const QString &text, int width, bool enabled)
{
    auto ours = makeHint(text);
    ours->setEnabled(enabled);
    ours->setForegroundRole(QPalette::PlaceholderText);
    QLabel theirs;
    theirs.setTextFormat(Qt::PlainText);
    theirs.setWordWrap(true);
    theirs.setAlignment(Qt::AlignLeft | Qt::AlignTop);
    theirs.setTextInteractionFlags(Qt::TextSelectableByMouse);
    theirs.setForegroundRole(QPalette::PlaceholderText);
    theirs.setText(text);
    theirs.setEnabled(enabled);
    const QSize size(width, theirs.heightForWidth(width) + 10);
    ours->resize(size);
    theirs.resize(size);
    ours->show();
    theirs.show();
    QVERIFY(QTest::qWaitForWindowExposed(ours.get()));
    QVERIFY(QTest::qWaitForWindowExposed(&theirs));
    QImage expected(size, QImage::Format_ARGB32_Premultiplied);
    expected.fill(Qt::white);
    theirs.render(&expected);
    QImage blank(size, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::white);
    QVERIFY(expected != blank); // there is text to compare
    QVERIFY2(painted(*ours) == expected, qPrintable(QStringLiteral("%1 at %2, %3")
                                                        .arg(text.left(20))
                                                        .arg(width)
                                                        .arg(enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"))));
}

} // namespace

class TestReservedHeightLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Height-only resizes keep the text's line breaks; width changes break it again.
    void paintsLikeAFreshLabelAfterEveryResize()
    {
        auto kept = makeHint(Long);
        kept->show();
        QVERIFY(QTest::qWaitForWindowExposed(kept.get()));
        for (const QSize size : {QSize(300, 100), QSize(300, 220), QSize(150, 220), QSize(150, 60), QSize(300, 60), QSize(420, 60)}) {
            kept->resize(size);
            QCoreApplication::processEvents();
            const QImage keptImage = painted(*kept);
            auto fresh = makeHint(Long);
            fresh->resize(size);
            fresh->show();
            QVERIFY(QTest::qWaitForWindowExposed(fresh.get()));
            QCOMPARE(keptImage, painted(*fresh));
        }
    }

    // The lines it draws itself while nothing is selected are QLabel's own: the same breaks,
    // positions and colour, for wrapped text, several paragraphs, a hint's colour role and a
    // disabled label.
    void drawsWhatQLabelDraws()
    {
        const QStringList texts{Long, QStringLiteral("one line"),
                                QStringLiteral("first paragraph, long enough to wrap at the narrow width\nsecond one"),
                                QStringLiteral("Ünïcödé — “quotes” and a very-long-hyphenated-word-that-must-break-somewhere")};
        for (const QString &text : texts) {
            for (const int width : {120, 165, 272, 500}) {
                for (const bool enabled : {true, false})
                    compareWithQLabel(text, width, enabled);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // A new text of the same width is laid out anew.
    void paintsANewTextLikeAFreshLabel()
    {
        auto kept = makeHint(Long);
        kept->resize(200, 120);
        kept->show();
        QVERIFY(QTest::qWaitForWindowExposed(kept.get()));
        painted(*kept);
        const QString other = QStringLiteral("bun.lock, or bun.lockb for projects made before Bun 1.2");
        kept->setText(other);
        QCoreApplication::processEvents();
        auto fresh = makeHint(other);
        fresh->resize(200, 120);
        fresh->show();
        QVERIFY(QTest::qWaitForWindowExposed(fresh.get()));
        QCOMPARE(painted(*kept), painted(*fresh));
    }

    // The room kept is the tallest possible text's at the label's width.
    void keepsRoomForTheTallestPossibleText()
    {
        auto label = makeHint(QStringLiteral("short"));
        label->setPossibleTexts({QStringLiteral("short"), Long});
        auto tall = makeHint(Long);
        QCOMPARE(label->heightForWidth(160), tall->QLabel::heightForWidth(160));
        QVERIFY(label->heightForWidth(160) > makeHint(QStringLiteral("short"))->QLabel::heightForWidth(160));
    }
};

QTEST_MAIN(TestReservedHeightLabel)
#include "tst_reservedheightlabel.moc"

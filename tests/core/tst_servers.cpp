// The server table: which port and address a known server's command states, and the
// generator writing the configured port and all interfaces into that command.
#include "catalog/catalog.h"
#include "config/servers.h"
#include "generate/generator.h"

#include <QStandardPaths>
#include <QTest>

using namespace stagecraft;

using Argv = std::vector<std::string>;

class TestServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(knownServers().size() >= 12);
        m_catalog = Catalog::loadDefault();
        QVERIFY(m_catalog.find("python"));
    }

    void describesStatedFlagsAndDefaults()
    {
        ServerCall uvicorn = describeServerCall({"uvicorn", "app.main:app", "--port", "9000"});
        QVERIFY(uvicorn.spec);
        QCOMPARE(uvicorn.spec->id, std::string("uvicorn"));
        QCOMPARE(uvicorn.port, 9000);
        QVERIFY(uvicorn.portStated);
        QCOMPARE(uvicorn.host, std::string("127.0.0.1"));
        QVERIFY(!uvicorn.hostStated);

        const ServerCall gunicorn = describeServerCall({".venv/bin/gunicorn", "--bind=0.0.0.0:5000", "app:app"});
        QCOMPARE(gunicorn.spec->id, std::string("gunicorn"));
        QCOMPARE(gunicorn.port, 5000);
        QCOMPARE(gunicorn.host, std::string("0.0.0.0"));

        const ServerCall flask = describeServerCall({"python", "-m", "flask", "--app", "hello", "run"});
        QCOMPARE(flask.spec->id, std::string("flask run"));
        QCOMPARE(flask.port, 5000);
        QVERIFY(isLoopback(flask.host));

        const ServerCall next = describeServerCall({"node_modules/.bin/next", "start", "-p", "$PORT"});
        QCOMPARE(next.spec->id, std::string("next start"));
        QCOMPARE(next.port, 0);

        QVERIFY(!describeServerCall({"node", "server.js"}).spec);
        QVERIFY(!describeServerCall({"fastapi", "--help"}).spec);
        QVERIFY(!describeServerCall({}).spec);
    }

    void setsThePortAndTheAddress_data()
    {
        QTest::addColumn<Argv>("argv");
        QTest::addColumn<Argv>("expected");
        QTest::newRow("uvicorn replaces port, adds host")
            << Argv{"uvicorn", "app.main:app", "--port", "8000"}
            << Argv{"uvicorn", "app.main:app", "--port", "9000", "--host", "0.0.0.0"};
        QTest::newRow("uvicorn replaces loopback host")
            << Argv{"uvicorn", "app.main:app", "--host=127.0.0.1", "--port=8000"}
            << Argv{"uvicorn", "app.main:app", "--host=0.0.0.0", "--port=9000"};
        QTest::newRow("gunicorn without bind gets one")
            << Argv{"gunicorn", "-w", "4", "app:app"}
            << Argv{"gunicorn", "-w", "4", "app:app", "-b", "0.0.0.0:9000"};
        QTest::newRow("gunicorn bind replaced")
            << Argv{"gunicorn", "--bind", "127.0.0.1:8000", "app:app"}
            << Argv{"gunicorn", "--bind", "0.0.0.0:9000", "app:app"};
        QTest::newRow("gunicorn unix socket kept")
            << Argv{"gunicorn", "-b", "unix:/tmp/s", "app:app"} << Argv{"gunicorn", "-b", "unix:/tmp/s", "app:app"};
        QTest::newRow("fastapi run listens everywhere already")
            << Argv{"fastapi", "run", "app/main.py"} << Argv{"fastapi", "run", "app/main.py", "--port", "9000"};
        QTest::newRow("flask run after --")
            << Argv{"flask", "run", "--", "x"} << Argv{"flask", "run", "--host", "0.0.0.0", "--port", "9000", "--", "x"};
        QTest::newRow("fastify start address")
            << Argv{"node_modules/.bin/fastify", "start", "-l", "info", "app.js"}
            << Argv{"node_modules/.bin/fastify", "start", "-l", "info", "app.js", "-a", "0.0.0.0", "-p", "9000"};
        // deno serve reads its flags before the module; what follows the module is the module's own.
        QTest::newRow("deno serve flags before the module")
            << Argv{"deno", "serve", "-R", "main.ts", "--port", "1"}
            << Argv{"deno", "serve", "-R", "--port", "9000", "main.ts", "--port", "1"};
        QTest::newRow("deno serve stated port replaced")
            << Argv{"deno", "serve", "--port", "8000", "--allow-env", "server.ts"}
            << Argv{"deno", "serve", "--port", "9000", "--allow-env", "server.ts"};
        QTest::newRow("deno run unchanged") << Argv{"deno", "run", "--allow-net", "main.ts"}
                                            << Argv{"deno", "run", "--allow-net", "main.ts"};
        QTest::newRow("unknown program unchanged") << Argv{"node", "server.js", "--port", "1"}
                                                   << Argv{"node", "server.js", "--port", "1"};
        QTest::newRow("env-only server unchanged") << Argv{"react-router-serve", "./build/server/index.js"}
                                                   << Argv{"react-router-serve", "./build/server/index.js"};
    }

    void setsThePortAndTheAddress()
    {
        QFETCH(Argv, argv);
        QFETCH(Argv, expected);
        QCOMPARE(withPortAndHost(argv, 9000, "0.0.0.0"), expected);
    }

    void generatedCommandUsesTheConfiguredPort()
    {
        Config config = defaultConfig(*m_catalog.find("python"));
        config.port = 9000;
        config.startCommand = "uvicorn app.main:app --port 8000";
        const std::string text = render(generate(m_catalog, config).value().multiStage).text;
        QVERIFY2(text.find("\"--port\", \"9000\"") != std::string::npos, text.c_str());
        QVERIFY2(text.find("\"--host\", \"0.0.0.0\"") != std::string::npos, text.c_str());
        QVERIFY2(text.find("\"8000\"") == std::string::npos, text.c_str());

        config.port = 8000;
        config.startCommand = "gunicorn app:app";
        const std::string gunicorn = render(generate(m_catalog, config).value().multiStage).text;
        QVERIFY2(gunicorn.find("\"-b\", \"0.0.0.0:8000\"") != std::string::npos, gunicorn.c_str());
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestServers)
#include "tst_servers.moc"

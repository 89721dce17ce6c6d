using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Clients;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Seeding;

namespace Otklik.Appeals.Bench;

// Appeals benchmarks:
//   registrations [sqlite|postgres] [count] [concurrency] — POST /api/v1/appeals over HTTP to a real Kestrel
//     server, each registration committed durably before the response;
//   history [appeals] [queries] — the five-year history of one client, with that many appeals in SQLite.
// PostgreSQL needs OTKLIK_BENCH_POSTGRES (a connection string without a database name).
internal static class AppealsBench
{
    private static readonly string[] EmailOnly = ["email"];

    public static async Task<int> Main(string[] args)
    {
        var mode = args.ElementAtOrDefault(0) ?? "registrations";
        return mode switch
        {
            "registrations" => await Registrations(args.ElementAtOrDefault(1) ?? "sqlite",
                Int(args, 2, 3000), Int(args, 3, 16)),
            "history" => await History(Int(args, 1, 1_000_000), Int(args, 2, 2000)),
            "intake" => await Intake(Int(args, 1, 2000), Int(args, 2, 1)),
            "baseline" => await Baseline(Int(args, 1, 20000), Int(args, 2, 64)),
            "probe" => await Probe(Int(args, 1, 5000)),
            "notices" => await Notices(Int(args, 1, 5000)),
            "writer" => await Writer(Int(args, 1, 6400)),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine(
            "usage: registrations [sqlite|postgres] [count] [concurrency] | history [appeals] [queries]");
        return 2;
    }

    private static int Int(string[] args, int index, int fallback) =>
        int.TryParse(args.ElementAtOrDefault(index), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static async Task<int> Registrations(string provider, int count, int concurrency)
    {
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-{Guid.NewGuid():N}.db");
        var postgres = Environment.GetEnvironmentVariable("OTKLIK_BENCH_POSTGRES");
        if (provider == "postgres" && string.IsNullOrWhiteSpace(postgres))
        {
            Console.Error.WriteLine("Set OTKLIK_BENCH_POSTGRES, e.g. Host=127.0.0.1;Port=5432;Username=postgres");
            return 2;
        }

        var connection = provider == "postgres"
            ? $"{postgres};Database=otklik_bench_{Guid.NewGuid():N}"
            : $"Data Source={file}";
        await using var factory = new BenchFactory(provider == "postgres" ? "Postgres" : "Sqlite", connection);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.ClientOptions.BaseAddress;

        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", StartupSeeder.DemoToken);
        // Warm-up, not measured: JIT, connection pools, the first batches.
        await Task.WhenAll(Enumerable.Range(0, 500).Select(w => Post(http, -1 - w)));

        var latencies = new double[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await Post(http, i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        clock.Stop();

        Array.Sort(latencies);
        Console.WriteLine($"registrations via POST /api/v1/appeals on {provider}: {count} requests, " +
            $"{concurrency} concurrent clients");
        Console.WriteLine($"  throughput: {count / clock.Elapsed.TotalSeconds:F0} registrations/s");
        Console.WriteLine($"  latency ms: p50 {Pct(latencies, 0.50):F1}, p95 {Pct(latencies, 0.95):F1}, " +
            $"p99 {Pct(latencies, 0.99):F1}");

        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        return 0;
    }

    // The ceiling of this machine for any request: GET /health/live through the same server and client.
    private static async Task<int> Baseline(int count, int concurrency)
    {
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-baseline-{Guid.NewGuid():N}.db");
        await using var factory = new BenchFactory("Sqlite", $"Data Source={file}");
        factory.UseKestrel(0);
        factory.StartServer();
        using var http = new HttpClient { BaseAddress = factory.ClientOptions.BaseAddress };
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var response = await http.GetAsync("/health/live");
                response.EnsureSuccessStatusCode();
            }
        }));
        Console.WriteLine($"baseline GET /health/live: {count / clock.Elapsed.TotalSeconds:F0} requests/s");
        return 0;
    }

    // E-mail notices sent from the outbox to a local SMTP server process (aiosmtpd, discarding what it gets).
    private static async Task<int> Notices(int count)
    {
        var port = FreePort();
        using var smtp = System.Diagnostics.Process.Start("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"]);
        await Task.Delay(1500);
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-notices-{Guid.NewGuid():N}.db");
        await using var factory = new BenchFactory("Sqlite", $"Data Source={file}",
            ("Otklik:Mail:Mode", "Smtp"), ("Otklik:Mail:Host", "127.0.0.1"),
            ("Otklik:Mail:Port", port.ToString(CultureInfo.InvariantCulture)), ("Otklik:Mail:Security", "None"));
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var intake = scope.ServiceProvider.GetRequiredService<AppealIntakeService>();
            var appeal = (await intake.RegisterAsync(new AppealIntake(AppealKind.Letter, ClientKind.Person,
                "Заявитель", "notices@example.ru", null, null, "Прошу разобраться.", EmailOnly, null),
                IntakeChannel.Api, "bench")).Value.Appeal;
            var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
            db.AppealNotices.AddRange(Enumerable.Range(0, count - 1).Select(i => new AppealNotice
            {
                AppealId = appeal.Id,
                Kind = "status",
                Channel = "email",
                Subject = $"Уведомление {i}",
                Body = "Статус вашего обращения изменился.",
                CreatedAt = DateTimeOffset.UtcNow,
            }));
            await db.SaveChangesAsync();
        }

        var clock = Stopwatch.StartNew();
        var sent = 0;
        int round;
        do
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider
                .GetRequiredService<Otklik.Web.Features.Notifications.NotificationDispatcher>();
            round = await dispatcher.DispatchOnceAsync();
            sent += round;
        }
        while (round > 0);

        Console.WriteLine(
            $"e-mail notices to a local SMTP server: {sent} sent, {sent / clock.Elapsed.TotalSeconds:F0}/s");
        smtp?.Kill();
        return 0;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<int> Probe(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-probe-{Guid.NewGuid():N}.db");
        await using var factory = new BenchFactory("Sqlite", $"Data Source={file}");
        _ = factory.Server;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
            var key = Guid.NewGuid().ToString();
            await db.Appeals.AnyAsync(a => a.IdempotencyKey == key);
        }

        Console.WriteLine($"probe, new scope each: {clock.Elapsed.TotalMilliseconds * 1000 / count:F0} us");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
            clock.Restart();
            for (var i = 0; i < count; i++)
            {
                var key = Guid.NewGuid().ToString();
                await db.Appeals.AnyAsync(a => a.IdempotencyKey == key);
            }

            Console.WriteLine($"probe, one context: {clock.Elapsed.TotalMilliseconds * 1000 / count:F0} us");
            await db.Database.OpenConnectionAsync();
            clock.Restart();
            for (var i = 0; i < count; i++)
            {
                var key = Guid.NewGuid().ToString();
                await db.Appeals.AnyAsync(a => a.IdempotencyKey == key);
            }

            Console.WriteLine($"probe, open connection: {clock.Elapsed.TotalMilliseconds * 1000 / count:F0} us");
        }

        return 0;
    }

    // The registration service alone, without HTTP, from that many concurrent callers.
    private static async Task<int> Intake(int count, int concurrency)
    {
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-intake-{Guid.NewGuid():N}.db");
        await using var factory = new BenchFactory("Sqlite", $"Data Source={file}");
        _ = factory.Server;
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var intake = scope.ServiceProvider.GetRequiredService<AppealIntakeService>();
                var result = await intake.RegisterAsync(new AppealIntake(
                    AppealKind.Letter, ClientKind.Person,
                    $"Заявитель {i}", $"intake{i}@example.ru", null, null,
                    "Прошу разобраться: третий месяц не приходит выплата.", EmailOnly, null),
                    IntakeChannel.Api, Guid.NewGuid().ToString());
                if (!result.IsSuccess)
                {
                    throw new InvalidOperationException(result.Error!.Message);
                }
            }
        })));

        Console.WriteLine(
            $"registration service alone, {concurrency} callers: {count / clock.Elapsed.TotalSeconds:F0}/s");
        return 0;
    }

    // The writer alone, in batches of 128 as the batcher takes them, to show what the database side costs.
    private static async Task<int> Writer(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-writer-{Guid.NewGuid():N}.db");
        await using var factory = new BenchFactory("Sqlite", $"Data Source={file}");
        _ = factory.Server;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i += 128)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<AppealWriter>();
            await writer.WriteAsync([.. Enumerable.Range(i, 128).Select(n => new PreparedAppeal(
                new AppealIntake(AppealKind.Letter,
                    ClientKind.Person, $"Заявитель {n}", $"w{n}@example.ru", null, null,
                    "Прошу разобраться.", EmailOnly, null),
                IntakeChannel.Api, Guid.NewGuid().ToString(), today, today.AddDays(30),
                false, false, [], null, [], Actor.System))]);
        }

        Console.WriteLine($"writer alone, batches of 128: {count / clock.Elapsed.TotalSeconds:F0}/s");
        return 0;
    }

    private static async Task Post(HttpClient http, int i)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/appeals")
        {
            Content = JsonContent.Create(new
            {
                kind = "Complaint",
                name = $"Заявитель {i}",
                email = $"bench{i}-{Guid.NewGuid():N}@example.ru",
                text = "Прошу разобраться: третий месяц не приходит ежемесячная выплата на ребёнка, " +
                    "в отделении соцзащиты не отвечают на звонки.",
                notifyBy = EmailOnly,
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<int> History(int appeals, int queries)
    {
        var file = Path.Combine(Path.GetTempPath(), $"otklik-bench-history-{Guid.NewGuid():N}.db");
        await using var factory = new BenchFactory("Sqlite", $"Data Source={file}");
        _ = factory.Server;

        const int perClient = 10;
        var clients = appeals / perClient;
        var seed = Stopwatch.StartNew();
        await Seed(file, clients, perClient);
        Console.WriteLine($"seeded {appeals:N0} appeals of {clients:N0} clients in {seed.Elapsed.TotalSeconds:F0} s");

        await using var scope = factory.Services.CreateAsyncScope();
        var history = scope.ServiceProvider.GetRequiredService<ClientHistory>();
        var db = scope.ServiceProvider.GetRequiredService<OtklikDbContext>();
        var firstClient = await db.Clients.MinAsync(c => c.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            await history.ForAsync(firstClient + random.Next(clients), today);
        }

        var latencies = new double[queries];
        var rows = 0;
        for (var i = 0; i < queries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            rows += (await history.ForAsync(firstClient + random.Next(clients), today)).Count;
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(latencies);
        Console.WriteLine($"five-year history of one client, {appeals:N0} appeals in SQLite, {queries} queries, " +
            $"{(double)rows / queries:F1} rows each");
        Console.WriteLine($"  latency ms: p50 {Pct(latencies, 0.50):F2}, p95 {Pct(latencies, 0.95):F2}, " +
            $"p99 {Pct(latencies, 0.99):F2}, max {latencies[^1]:F2}");

        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        return 0;
    }

    // Rows written straight through SQL: a million appeals through the API would take longer than the
    // measurement itself. Dates spread over seven years, so that the five-year window matters.
    private static async Task Seed(string file, int clients, int perClient)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var client = connection.CreateCommand();
        client.CommandText = """
            INSERT INTO "Clients" ("Kind", "Name", "NameKey", "Email", "CreatedAt", "ProfileFacts")
            VALUES ('Person', $name, $name, $email, 0, '[]') RETURNING "Id"
            """;
        var name = client.Parameters.Add("$name", SqliteType.Text);
        var email = client.Parameters.Add("$email", SqliteType.Text);

        var appeal = connection.CreateCommand();
        appeal.CommandText = """
            INSERT INTO "Appeals" ("RegistrationNumber", "RegistrationYear", "RegistrationSequence", "Kind",
                "IntakeChannel", "ReceivedOn", "RegisteredAt", "RegisteredOn", "ClientId", "Text", "NotifyBy", "Status",
                "AnswerDueOn", "TrackingCode", "AbuseSuspected", "UrgencyReasons", "ExtensionDays", "Revision")
            VALUES ($number, $year, $sequence, 'Letter', 'Portal', $on, 0, $on, $client,
                'Прошу разъяснить порядок получения выплаты.', '["email"]', 'Closed', $on, $code, 0, '[]', 0, 0)
            """;
        var number = appeal.Parameters.Add("$number", SqliteType.Text);
        var year = appeal.Parameters.Add("$year", SqliteType.Integer);
        var sequence = appeal.Parameters.Add("$sequence", SqliteType.Integer);
        var on = appeal.Parameters.Add("$on", SqliteType.Text);
        var clientId = appeal.Parameters.Add("$client", SqliteType.Integer);
        var code = appeal.Parameters.Add("$code", SqliteType.Text);

        var random = new Random(7);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-7);
        var n = 0;
        for (var c = 0; c < clients; c++)
        {
            name.Value = $"КЛИЕНТ {c}";
            email.Value = $"client{c}@example.ru";
            clientId.Value = (long)(await client.ExecuteScalarAsync())!;
            for (var a = 0; a < perClient; a++, n++)
            {
                var date = start.AddDays(random.Next(7 * 365));
                number.Value = $"B-{n}";
                year.Value = date.Year;
                sequence.Value = -n - 1;
                on.Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                code.Value = $"C{n}";
                await appeal.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static double Pct(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}

internal sealed class BenchFactory(string provider, string connection, params (string Key, string Value)[] settings)
    : WebApplicationFactory<global::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(WebProjectFolder());
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Otklik", connection);
        builder.UseSetting("Otklik:Appeals:ReminderIntervalMinutes", "0");
        builder.UseSetting("Otklik:Mail:DispatchIntervalSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Otklik.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Otklik.Web not found above " + AppContext.BaseDirectory);
    }
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Otklik.Browser.Tests;

// Otklik on a real Kestrel port with demo data on SQLite, driven by Debian's Chromium.
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Otklik-2026!";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync",
    ];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"otklik-browser-{Guid.NewGuid():N}.db");
    private readonly string _files = Path.Combine(Path.GetTempPath(), $"otklik-browser-files-{Guid.NewGuid():N}");
    private KestrelFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    // Where e-mail notices land as .eml files, as in development.
    public string MailFolder => Path.Combine(_files, "outgoing-mail");

    public async Task InitializeAsync()
    {
        _factory = new KestrelFactory(_database, _files);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OTKLIK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "ru-RU" });
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string login, string password = DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Логин").FillAsync(login);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();

        // Waits for the desk's heading rather than the load event, which a navigation that has already
        // committed may never report again.
        await page.WaitForURLAsync("**/staff", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Рабочий стол" }))
            .ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    // Fails on any WCAG 2.1 A or AA violation, naming each rule and element.
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = result.Violations
            .Select(v => $"{v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(violations.Count == 0, $"{page.Url}\n{string.Join('\n', violations)}");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
        if (Directory.Exists(_files))
        {
            Directory.Delete(_files, recursive: true);
        }
    }

    private sealed class KestrelFactory(string database, string files) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Otklik", $"Data Source={database}");
            builder.UseSetting("Otklik:Attachments:Path", Path.Combine(files, "attachments"));
            builder.UseSetting("Otklik:Mail:PickupFolder", Path.Combine(files, "outgoing-mail"));
            builder.UseSetting("Otklik:Mail:DispatchIntervalSeconds", "1");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

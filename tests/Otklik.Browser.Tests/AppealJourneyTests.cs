using System.Globalization;
using Microsoft.Playwright;

namespace Otklik.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AppealJourneyTests(BrowserFixture fixture)
{
    private const string TriageButton = "Рассмотреть срочность и назначить исполнителя";

    [Fact]
    public async Task Citizen_OnAPhone_SubmitsAnAppeal_AndTracksItWithTheSentCode()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            Locale = "ru-RU",
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();

        var (number, code) = await SubmitAsync(page, "Прошу проверить, почему не пришло пособие на ребёнка.");
        await page.GotoAsync("/track");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Регистрационный номер").FillAsync(number);
        await page.GetByLabel("Код для проверки статуса").FillAsync(code);
        await page.GetByTestId("track-start").ClickAsync();
        var sent = (await page.GetByTestId("dev-code").InnerTextAsync())[^6..];
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Код из сообщения").FillAsync(sent);
        await page.GetByTestId("track-verify").ClickAsync();

        await Assertions.Expect(page.GetByTestId("track-status")).ToHaveTextAsync("Зарегистрировано");
        await Assertions.Expect(page.GetByTestId("track-history")).ToContainTextAsync("обращение зарегистрировано");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Head_TriagesAsUrgent_CannotGoBeyondFiveWorkingDays_AndTheExecutorSeesTheCountdown()
    {
        var citizen = await fixture.NewPageAsync();
        var (number, _) = await SubmitAsync(citizen,
            "Срочно! Отключили отопление, дома ребёнок-инвалид, мы замерзаем.");

        var head = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(head, "head-appeals");
        await head.GotoAsync("/appeals/triage");
        await BrowserFixture.AssertAccessibleAsync(head);
        await head.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(head.GetByTestId("urgency")).ToContainTextAsync("отключение отопления");
        await BrowserFixture.AssertAccessibleAsync(head);

        var cap = DateOnly.ParseExact(await head.GetByTestId("urgent-cap").InnerTextAsync(), "dd.MM.yyyy",
            CultureInfo.InvariantCulture);
        await head.GetByLabel("Срочное обращение").CheckAsync();
        await head.GetByLabel("Исполнитель")
            .SelectOptionAsync(new SelectOptionValue { Label = "Миронов Сергей Владимирович" });
        await head.GetByLabel("Срок ответа").FillAsync(Iso(cap.AddDays(1)));
        await head.GetByRole(AriaRole.Button, new() { Name = TriageButton }).ClickAsync();
        await Assertions.Expect(head.GetByTestId("error-summary"))
            .ToContainTextAsync($"не позднее {cap:dd.MM.yyyy}");
        await BrowserFixture.AssertAccessibleAsync(head);

        await head.GetByLabel("Срок ответа").FillAsync(Iso(cap));
        await head.GetByRole(AriaRole.Button, new() { Name = TriageButton }).ClickAsync();
        await Assertions.Expect(head.GetByTestId("status")).ToHaveTextAsync("Рассмотрена срочность");
        await Assertions.Expect(head.GetByTestId("due"))
            .ToHaveTextAsync(cap.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));

        var executor = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(executor, "executor-appeals");
        await executor.GotoAsync("/appeals/mine");
        var row = executor.GetByRole(AriaRole.Row).Filter(new() { HasText = number });
        await Assertions.Expect(row.GetByTestId("left"))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(\\d+|сегодня)$"));
        await BrowserFixture.AssertAccessibleAsync(executor);

        var stranger = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(stranger, "executor-family");
        var href = await head.EvaluateAsync<string>("location.pathname");
        var response = await stranger.GotoAsync(href);
        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task AppealScreens_AreAccessible()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "head-appeals");

        foreach (var url in new[]
        {
            "/appeals/board", "/appeals/mine", "/appeals/new", "/appeals/queue", "/appeals/reminders", "/appeals/edms",
            "/clients", "/clients?q=Громова",
        })
        {
            await page.GotoAsync(url);
            await BrowserFixture.AssertAccessibleAsync(page);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(string Number, string Code)> SubmitAsync(IPage page, string text)
    {
        await page.GotoAsync("/appeal");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Фамилия, имя, отчество или название организации").FillAsync("Громова Вера Ильинична");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Электронная почта" })
            .FillAsync($"{Guid.NewGuid():N}"[..10] + "@example.ru");
        await page.GetByLabel("Текст обращения").FillAsync(text);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Электронная почта" }).CheckAsync();
        await page.GetByTestId("submit-appeal").ClickAsync();
        return (await page.GetByTestId("registration-number").InnerTextAsync(),
            await page.GetByTestId("tracking-code").InnerTextAsync());
    }
}

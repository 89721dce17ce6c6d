using Microsoft.Playwright;

namespace Otklik.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PortalHome_Anonymous_ShowsContactsAndIsAccessible()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Contains("Лермонтова", await page.GetByTestId("ministry-address").InnerTextAsync(),
            StringComparison.Ordinal);
        Assert.Equal(2, await page.GetByTestId("ministry-phone").CountAsync());
        Assert.Contains("512", await page.GetByTestId("ministry-accessibility").InnerTextAsync(),
            StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task AppealForm_CitizenSubmits_GetsNumber_AndHeadOfAppealsSeesIt()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/appeal");
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Фамилия, имя, отчество или название организации")
            .FillAsync("Громова Вера Ильинична");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Textbox,
            new() { Name = "Электронная почта" }).FillAsync("gromova@example.ru");
        await page.GetByLabel("Текст обращения").FillAsync("Прошу сообщить, " +
            "когда придёт компенсация за ЖКУ за октябрь.");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Checkbox,
            new() { Name = "Электронная почта" }).CheckAsync();
        await page.GetByTestId("submit-appeal").ClickAsync();
        var number = await page.GetByTestId("registration-number").InnerTextAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        var staff = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(staff, "head-appeals");
        await staff.GotoAsync("/appeals?number=" + number);
        await staff.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = number }).ClickAsync();

        await Assertions.Expect(staff.GetByTestId("appeal-text"))
            .ToContainTextAsync("компенсация за ЖКУ");
        await BrowserFixture.AssertAccessibleAsync(staff);
    }

    [Fact]
    public async Task SkipLink_FirstTab_FocusesAndJumpsToMain()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/#main", new() { WaitUntil = WaitUntilState.Commit });
        var focusedAfter = await page.EvaluateAsync<string>("document.activeElement.id");

        Assert.Equal("Перейти к основному содержанию", focused);
        Assert.Equal("main", focusedAfter);
    }

    [Fact]
    public async Task VisuallyImpairedVersion_Switched_PersistsAcrossPagesAndHidesImages()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByTestId("a11y-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync("a11y");
        await page.GotoAsync("/account/login");
        var htmlClass = await page.GetAttributeAsync("html", "class");
        var fontSize = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize");
        var imageDisplay = await page.EvaluateAsync<string>(
            "() => { const i = document.createElement('img'); i.alt = ''; document.body.appendChild(i); " +
            "return getComputedStyle(i).display; }");
        await page.GotoAsync("/");
        var pressed = await page.GetByTestId("a11y-switch").GetAttributeAsync("aria-pressed");

        Assert.Equal("a11y", htmlClass);
        Assert.Equal("24px", fontSize);
        Assert.Equal("none", imageDisplay);
        Assert.Equal("true", pressed);
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByTestId("a11y-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).Not.ToHaveClassAsync("a11y");
    }

    [Fact]
    public async Task AdministratorSignIn_SeesAdministrationAndEveryPageIsAccessible()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin");

        var nav = await page.GetByTestId("main-nav").InnerTextAsync();
        Assert.Contains("Журнал аудита", nav, StringComparison.Ordinal);
        Assert.Contains("Интеграции", nav, StringComparison.Ordinal);

        foreach (var url in new[]
        {
            "/staff", "/organisation/departments", "/organisation/departments/1", "/organisation/departments/edit/1",
            "/organisation/employees", "/organisation/employees/edit/1", "/organisation/roles", "/audit",
            "/integrations/tokens", "/account/change-password", "/accessibility",
            "/calendar?year=2026&policy=urgent-answer&event=2025-12-30", "/calendar/manage", "/text", "/appeals",
        })
        {
            await page.GotoAsync(url);
            await BrowserFixture.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task TextCheck_AbusiveAndOfficialText_HighlightsFragmentsAccessibly()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "head-appeals");
        await page.GotoAsync("/text");

        await page.GetByLabel("Текст").FillAsync(
            "Вы там все идиоты. " +
            "В целях осуществления выплаты " +
            "доводим до вашего сведения.");
        await page.GetByTestId("analyze").ClickAsync();

        await Assertions.Expect(page.Locator("mark.mark-abuse")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("plain-result")).ToContainTextAsync("Канцелярит");
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task OperatorSignIn_SeesOnlyStaffNavigation()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "operator1");

        var nav = await page.GetByTestId("main-nav").InnerTextAsync();
        await page.GotoAsync("/organisation/roles");

        Assert.Contains("Сотрудники", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("Журнал аудита", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("Интеграции", nav, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsAccessibleRussianError()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByLabel("Логин").FillAsync("head-rehab");
        await page.GetByLabel("Пароль").FillAsync("неверный");
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert))
            .ToContainTextAsync("Неверный логин или пароль");
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}

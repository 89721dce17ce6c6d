using System.Net;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Account;

[Trait("Category", "Integration")]
public sealed class SignInTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task SignIn_DemoAdministrator_SeesAdministrationMenu()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.SignInAsync("admin", FormClient.DemoPassword);
        var html = FormClient.Decode(await client.GetStringAsync("/staff"));

        Assert.Equal("/staff", response.Headers.Location?.OriginalString);
        Assert.Contains("href=\"/audit\"", html);
        Assert.Contains("href=\"/organisation/roles\"", html);
        Assert.Contains("Семенов А. О.", html);
    }

    [Fact]
    public async Task SignIn_Operator_SeesNoAdministrationMenuAndIsRefusedAdminPages()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("operator1");

        var html = await client.GetStringAsync("/staff");
        var audit = await client.GetAsync("/audit");

        Assert.Contains("href=\"/organisation/departments\"", html);
        Assert.DoesNotContain("href=\"/audit\"", html);
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.StartsWith("/account/access-denied",
            audit.Headers.Location?.PathAndQuery ?? audit.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsRussianErrorAndLocksOutAfterFiveAttempts()
    {
        var client = factory.CreateBrowserLikeClient();

        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await client.SignInAsync("executor-rehab", "Wrong-password-1!");
        }

        var lockedHtml = FormClient.Decode(await last.Content.ReadAsStringAsync());
        var correct = await client.SignInAsync("executor-rehab", FormClient.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Contains("Вход временно заблокирован", lockedHtml);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
    }

    [Fact]
    public async Task SignOut_FromHeaderForm_EndsTheSession()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync("head-family");

        var response = await client.PostFormAsync("/staff", [], "/account/logout");
        var after = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPage_Anonymous_RedirectsToSignIn()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/organisation/employees");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}

[Trait("Category", "Integration")]
public sealed class BootstrapTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task ProductionStart_SeedsOnlyBootstrapAdministratorWhoMustChangePassword()
    {
        var client = factory.CreateBrowserLikeClient();

        var departments = await factory.WithDbAsync(db => Task.FromResult(db.Departments.Count()));
        await client.SignInOrFailAsync("admin", OtklikFactory.BootstrapPassword);
        var blocked = await client.GetAsync("/organisation/departments");
        var changed = await client.PostFormAsync("/account/change-password",
            [
                new("Current", OtklikFactory.BootstrapPassword), new("New", "Changed-Pass-2026!"),
                new("Repeat", "Changed-Pass-2026!"),
            ]);
        var open = await client.GetAsync("/organisation/departments");

        Assert.Equal(0, departments);
        Assert.Equal("/account/change-password", blocked.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WeakPassword_ShowsRussianRules()
    {
        var login = await factory.CreateStaffAsync(null, []);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInOrFailAsync(login, OtklikFactory.StaffPassword);

        var response = await client.PostFormAsync("/account/change-password",
            [new("Current", OtklikFactory.StaffPassword), new("New", "short"), new("Repeat", "short")]);
        var html = FormClient.Decode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("не меньше 10 символов", html);
    }
}

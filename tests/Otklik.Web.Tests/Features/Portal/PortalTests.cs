using System.Net;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Portal;

[Trait("Category", "Integration")]
public sealed class PortalTests(OtklikFactory factory) : IClassFixture<OtklikFactory>
{
    [Fact]
    public async Task Home_Anonymous_ShowsContactsHoursAndAccessibility()
    {
        var client = factory.CreateBrowserLikeClient();

        var html = FormClient.Decode(await client.GetStringAsync("/"));

        Assert.Contains("ул. Лермонтова, д. 206А", html);
        Assert.Contains("8-800-70-70-126", html);
        Assert.Contains("(8652) 71-34-78", html);
        Assert.Contains("с 9:00 до 18:00", html);
        Assert.Contains("пандус", html);
        Assert.Contains("кабинет 512", html);
        Assert.Contains("удостоверяющему личность", html);
        Assert.Contains("lang=\"ru\"", html);
        Assert.Contains("Перейти к основному содержанию", html);
    }

    [Fact]
    public async Task Pages_CarryRussianTextAsItIs_NotAsCharacterReferences()
    {
        var client = factory.CreateBrowserLikeClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("<title>Портал для граждан", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x41F;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessibilitySwitch_Posted_SetsCookieThatTurnsTheModeOn()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/accessibility", [new("on", "true"), new("returnUrl", "/")]);
        var html = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("<html lang=\"ru\" class=\"a11y\">", html);
        Assert.Contains("aria-pressed=\"true\"", html);
    }

    [Fact]
    public async Task AccessibilitySwitch_ForeignReturnUrl_RedirectsHome()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/accessibility",
            [new("on", "true"), new("returnUrl", "https://evil.example/")]);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownPage_ReturnsRussian404()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страница не найдена",
            FormClient.Decode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Health_LiveAndReady_AreHealthy()
    {
        var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetStringAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", ready);
    }
}

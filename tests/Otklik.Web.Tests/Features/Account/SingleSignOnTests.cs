using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Otklik.Web.Tests.Infrastructure;

namespace Otklik.Web.Tests.Features.Account;

// A minimal identity provider on loopback publishes discovery metadata, so the challenge is real.
public sealed class IdentityProviderFixture : IAsyncLifetime
{
    private WebApplication? _provider;

    public string Authority { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _provider = builder.Build();
        _provider.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = $"{issuer}/authorize",
                ["token_endpoint"] = $"{issuer}/token",
                ["jwks_uri"] = $"{issuer}/jwks",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            });
        });
        _provider.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await _provider.StartAsync();
        Authority = _provider.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}

[Trait("Category", "Integration")]
public sealed class SingleSignOnTests(IdentityProviderFixture provider) : IClassFixture<IdentityProviderFixture>
{
    [Fact]
    public async Task Login_OidcConfigured_OffersSingleSignOnAndChallengesTheProviderWithPkce()
    {
        await using var factory = new OidcFactory(provider.Authority);
        var client = factory.CreateBrowserLikeClient();

        var page = FormClient.Decode(await client.GetStringAsync("/account/login"));
        var challenge = await client.PostFormAsync(
            "/account/login", [new("provider", "oidc")], "/account/login?handler=External");
        var location = challenge.Headers.Location!.ToString();

        Assert.Contains("Единый вход министерства", page);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith($"{provider.Authority}/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=otklik", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", location, StringComparison.Ordinal);
        var scopes = QueryHelpers.ParseQuery(new Uri(location).Query)["scope"].ToString().Split(' ');
        Assert.Equal(["email", "openid", "profile"], scopes.Order());
    }

    [Fact]
    public async Task Login_OidcNotConfigured_OffersPasswordOnly()
    {
        await using var factory = new OtklikFactory();

        var page = await factory.CreateBrowserLikeClient().GetStringAsync("/account/login");

        Assert.DoesNotContain("oidc-login", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalCallback_WithoutProviderData_ShowsRussianMessage()
    {
        await using var factory = new OidcFactory(provider.Authority);

        var page = FormClient.Decode(
            await factory.CreateBrowserLikeClient().GetStringAsync("/account/external-callback"));

        Assert.Contains("Поставщик входа не вернул данные", page);
    }

    private sealed class OidcFactory(string authority) : OtklikFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:Oidc:Authority", authority);
            builder.UseSetting("Authentication:Oidc:ClientId", "otklik");
            builder.UseSetting("Authentication:Oidc:ClientSecret", "secret");
            builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
        }
    }
}

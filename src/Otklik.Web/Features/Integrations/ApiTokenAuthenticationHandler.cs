using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Otklik.Web.Features.Audit;

namespace Otklik.Web.Features.Integrations;

public sealed partial class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim());
        if (token is null)
        {
            Log.TokenRejected(Logger);
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity(SchemeName);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, $"token:{token.Id}"));
        identity.AddClaim(new Claim(OtklikClaims.DisplayName, $"Интеграция «{token.Name}»"));
        identity.AddClaim(new Claim(
            OtklikClaims.TokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaims(token.Scopes.Select(s => new Claim(OtklikClaims.Scope, s)));

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "An API request carried an invalid token")]
        public static partial void TokenRejected(ILogger logger);
    }
}

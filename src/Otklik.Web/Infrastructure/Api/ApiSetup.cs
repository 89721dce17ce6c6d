using Microsoft.AspNetCore.Identity;
using Otklik.Web.Features.Audit;
using Otklik.Web.Features.Integrations;
using Scalar.AspNetCore;

namespace Otklik.Web.Infrastructure.Api;

public static class ApiSetup
{
    public static IServiceCollection AddOtklikApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Otklik API";
            document.Info.Version = "v1";
            document.Info.Description =
                "Integration API of Otklik. Authenticate with `Authorization: Bearer <token>`; errors are " +
                "RFC 9457 problem details with a stable `errorCode`.";
            return Task.CompletedTask;
        }));
        return services;
    }

    // Integrations use API tokens; signed-in staff pages may call the same endpoints with their cookie.
    public static RouteGroupBuilder MapApiV1(this WebApplication app) =>
        app.MapGroup("/api/v1")
            .RequireAuthorization(policy => policy
                .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser())
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    // A token must carry the scope; a staff member signed in with a cookie gets only the scopes open to all staff.
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy
            .AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
            .RequireAssertion(context =>
                context.User.HasClaim(OtklikClaims.Scope, scope)
                || (ApiScopes.Staff.Contains(scope) && context.User.Identities.Any(
                    i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme))));

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", options => options
            .WithTitle("Otklik API")
            .WithOpenApiRoutePattern("/api/openapi/{documentName}.json"))
            .AllowAnonymous();
        return app;
    }
}

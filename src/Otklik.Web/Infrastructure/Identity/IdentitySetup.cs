using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Otklik.Web.Features.Integrations;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public const string OidcScheme = "oidc";

    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<StaffUser, IdentityRole>(ConfigureIdentity)
            .AddEntityFrameworkStores<OtklikDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<RussianIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(ConfigureCookie);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        var authentication = services.AddAuthentication();
        authentication.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(
            ApiTokenAuthenticationHandler.SchemeName, null);
        AddOidcWhenConfigured(authentication, configuration);

        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ActsForDepartmentHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser()
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(StaffRoles.Administrator))
            .AddPolicy(Policies.ActsForDepartment, p => p.AddRequirements(new ActsForDepartmentRequirement()));

        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@";
        options.SignIn.RequireConfirmedAccount = false;
    }

    private static void ConfigureCookie(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "otklik.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.LoginPath = "/account/login";
        options.LogoutPath = "/account/logout";
        options.AccessDeniedPath = "/account/access-denied";
        options.ExpireTimeSpan = TimeSpan.FromHours(9);
        options.SlidingExpiration = true;

        // API callers get status codes, not a redirect to a sign-in page.
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
    }

    private static Task RedirectOrStatus(
        RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static void AddOidcWhenConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:Oidc");
        if (string.IsNullOrWhiteSpace(section["Authority"]) || string.IsNullOrWhiteSpace(section["ClientId"]))
        {
            return;
        }

        authentication.AddOpenIdConnect(
            OidcScheme, section["DisplayName"] ?? "Единый вход министерства", options =>
            {
                options.Authority = section["Authority"];
                options.ClientId = section["ClientId"];
                options.ClientSecret = section["ClientSecret"];
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.CallbackPath = section["CallbackPath"] ?? "/signin-oidc";
                options.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
                options.GetClaimsFromUserInfoEndpoint = true;
                options.Scope.Add("email");
                options.Scope.Add("profile");
            });
    }
}

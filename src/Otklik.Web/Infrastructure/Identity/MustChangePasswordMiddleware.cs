namespace Otklik.Web.Infrastructure.Identity;

// A one-time password opens nothing but the password change page.
public static class MustChangePasswordMiddleware
{
    private static readonly string[] OpenPaths = ["/account", "/css", "/js", "/accessibility", "/error", "/health"];

    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var mustChange = context.User.HasClaim(StaffClaimsFactory.MustChangePasswordClaim, "true");
            var open = OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p));
            if (mustChange && !open)
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                context.Response.Redirect("/account/change-password");
                return;
            }

            await next(context);
        });
}

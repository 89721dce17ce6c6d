namespace Otklik.Web.Features.Shared;

// The version for the visually impaired is remembered per browser, without an account.
public static class AccessibilityMode
{
    public const string CookieName = "otklik-a11y";

    public static bool IsOn(HttpContext context) => context.Request.Cookies[CookieName] == "1";

    public static void Set(HttpContext context, bool on, TimeProvider time)
    {
        if (!on)
        {
            context.Response.Cookies.Delete(CookieName);
            return;
        }

        context.Response.Cookies.Append(CookieName, "1", new CookieOptions
        {
            Expires = time.GetUtcNow().AddYears(1),
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        });
    }
}

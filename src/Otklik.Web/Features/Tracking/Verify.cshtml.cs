using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Otklik.Web.Features.Appeals;
using Otklik.Web.Features.Shared;

namespace Otklik.Web.Features.Tracking;

[AllowAnonymous]
[EnableRateLimiting(AppealsSetup.PortalPolicy)]
public sealed class VerifyModel(TrackingService tracking, TrackingCookie cookie) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "c")]
    public Guid ChallengeId { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? Contact { get; private set; }

    public string? DevelopmentCode { get; private set; }

    public void OnGet()
    {
        Contact = TempData["track-contact"] as string;
        DevelopmentCode = TempData["track-dev-code"] as string;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await tracking.VerifyAsync(ChallengeId, Code);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            Response.StatusCode = result.Error!.Status;
            return Page();
        }

        cookie.Grant(HttpContext, result.Value);
        return Redirect("/track/status");
    }
}

// Proof, for an hour, that this browser received the code for one appeal; protected by the shared keys,
// so every node accepts it.
public sealed class TrackingCookie(IDataProtectionProvider protection, TimeProvider time)
{
    private const string Name = "otklik-track";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private ITimeLimitedDataProtector Protector =>
        protection.CreateProtector("Otklik.Tracking").ToTimeLimitedDataProtector();

    public void Grant(HttpContext context, int appealId)
    {
        var value = Protector.Protect(appealId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(Name, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            MaxAge = Lifetime,
        });
    }

    public int? AppealOf(HttpContext context)
    {
        if (context.Request.Cookies[Name] is not { } value)
        {
            return null;
        }

        try
        {
            var id = int.Parse(Protector.Unprotect(value, out var expires),
                System.Globalization.CultureInfo.InvariantCulture);
            return expires > time.GetUtcNow() ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

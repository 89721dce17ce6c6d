using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Shared;

public sealed class AccessibilityModel(TimeProvider time) : PageModel
{
    public bool IsOn => AccessibilityMode.IsOn(HttpContext);

    public IActionResult OnPost(bool on, string? returnUrl)
    {
        AccessibilityMode.Set(HttpContext, on, time);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}

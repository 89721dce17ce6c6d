using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Appeals;

[AllowAnonymous]
public sealed class RegisteredModel : PageModel
{
    public string? Number { get; private set; }

    public string? Code { get; private set; }

    public string? Due { get; private set; }

    public void OnGet()
    {
        Number = TempData["appeal-number"] as string;
        Code = TempData["appeal-code"] as string;
        Due = TempData["appeal-due"] as string;
    }
}

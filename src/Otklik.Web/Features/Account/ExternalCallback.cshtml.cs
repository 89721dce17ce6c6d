using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Audit;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Features.Account;

// Links a identity-provider account to an existing staff account by e-mail; never creates staff accounts.
[AllowAnonymous]
public sealed class ExternalCallbackModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit,
    Infrastructure.Data.OtklikDbContext db) : PageModel
{
    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/staff";
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Message = "Поставщик входа не вернул данные. " +
                "Попробуйте ещё раз.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        var verified = info.Principal.FindFirstValue("email_verified");
        var matches = email is null || string.Equals(verified, "false", StringComparison.OrdinalIgnoreCase)
            ? []
            : await users.Users.Where(u => u.NormalizedEmail == users.NormalizeEmail(email)).Take(2).ToListAsync();

        // Exactly one active account with this verified e-mail may be linked; anything else needs an administrator.
        if (matches.Count != 1 || result.IsLockedOut || !await signIn.CanSignInAsync(matches[0])
            || await users.IsLockedOutAsync(matches[0]))
        {
            Message = "Для этой учётной записи нет доступа к Отклику. " +
                "Обратитесь к администратору.";
            return Page();
        }

        var user = matches[0];
        var linked = await users.AddLoginAsync(user, info);
        if (!linked.Succeeded)
        {
            Message = string.Join(" ", linked.Errors.Select(e => e.Description));
            return Page();
        }

        audit.Record("account.external_login_linked", "Employee", user.EmployeeId ?? 0, new { info.LoginProvider });
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(target);
    }
}

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
            Message = "Поставщик входа не вернул данные. Попробуйте ещё раз.";
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        var user = email is null ? null : await users.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == users.NormalizeEmail(email));
        if (user is null || result.IsLockedOut)
        {
            Message = "Для этой учётной записи нет доступа к Отклику. Обратитесь к администратору.";
            return Page();
        }

        await users.AddLoginAsync(user, info);
        audit.Record("account.external_login_linked", "Employee", user.EmployeeId ?? 0, new { info.LoginProvider });
        await db.SaveChangesAsync();
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(target);
    }
}

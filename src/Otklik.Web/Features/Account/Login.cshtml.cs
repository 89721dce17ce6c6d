using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Otklik.Web.Infrastructure.Identity;

namespace Otklik.Web.Features.Account;

[AllowAnonymous]
public sealed partial class LoginModel(SignInManager<StaffUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<AuthenticationScheme> ExternalSchemes { get; private set; } = [];

    public async Task OnGetAsync() => ExternalSchemes = [.. await signIn.GetExternalAuthenticationSchemesAsync()];

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalSchemes = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        if (string.IsNullOrWhiteSpace(Login) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.Empty, "Введите логин и пароль.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(
            Login.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Log.SignedIn(logger);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        Log.SignInFailed(logger, result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Вход временно заблокирован " +
                "после нескольких неверных попыток. " +
                "Попробуйте через 15 минут " +
                "или обратитесь к администратору."
            : "Неверный логин или пароль.");
        return Page();
    }

    public IActionResult OnPostExternal(string provider)
    {
        var redirect = Url.Page("/Account/ExternalCallback", new { returnUrl = ReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(provider, redirect);
        return Challenge(properties, provider);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Staff sign-in succeeded")]
        public static partial void SignedIn(ILogger logger);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
            Message = "Staff sign-in failed; locked out: {LockedOut}")]
        public static partial void SignInFailed(ILogger logger, bool lockedOut);
    }
}

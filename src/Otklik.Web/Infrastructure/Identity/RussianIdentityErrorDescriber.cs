using Microsoft.AspNetCore.Identity;

namespace Otklik.Web.Infrastructure.Identity;

public sealed class RussianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Не удалось выполнить действие.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Неверный пароль.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort),
            $"Пароль должен содержать не меньше {length} символов.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit),
            "Пароль должен содержать хотя бы одну цифру.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower),
            "Пароль должен содержать хотя бы " +
            "одну строчную латинскую букву.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper),
            "Пароль должен содержать хотя бы " +
            "одну заглавную латинскую букву.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric),
            "Пароль должен содержать хотя бы один знак, " +
            "например ! или #.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars),
            $"В пароле должно быть не меньше {uniqueChars} разных символов.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Логин «{userName}» уже занят.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName),
            "Логин может содержать только латинские буквы, " +
            "цифры и знаки . _ - @.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Адрес «{email}» уже используется.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Адрес электронной почты указан неверно.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), "Роль уже назначена.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), "Роль не назначена.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated),
            "Эта внешняя учётная запись уже " +
            "привязана к другому сотруднику.");

    private static IdentityError Error(string code, string description) =>
        new() { Code = code, Description = description };
}

using System.Net.Mail;

namespace Otklik.Web.Features.Organisation;

public sealed record DepartmentInput(
    string Name,
    string? ShortName,
    string? Description,
    string? Phone,
    string? Email,
    string? Room,
    int? HeadId,
    bool IsActive,
    string? Reason);

public sealed record EmployeeInput(
    string LastName,
    string FirstName,
    string? MiddleName,
    string Position,
    string? Room,
    string? Phone,
    string? Email,
    int? DepartmentId,
    IReadOnlyList<string> Competences,
    bool IsActive,
    string? Reason);

internal static class InputRules
{
    public static void Required(Dictionary<string, string[]> errors, string field, string? value, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"Заполните поле «{label}»."];
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [$"Поле «{label}» длиннее {max} символов."];
        }
    }

    public static void Optional(Dictionary<string, string[]> errors, string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = [$"Поле «{label}» длиннее {max} символов."];
        }
    }

    public static void Email(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !MailAddress.TryCreate(value.Trim(), out _))
        {
            errors[field] = ["Адрес электронной почты указан неверно, " +
                "пример: ivanov@example.ru."];
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static List<string> SplitList(string? text) =>
        (text ?? string.Empty)
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

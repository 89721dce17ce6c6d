using Otklik.Web.Features.Appeals;

namespace Otklik.Web.Features.Shared;

// Phone numbers are stored as people type them («+7 (918) 555-10-01», «8 918 5551001»); two are the same
// number when their last ten digits are.
public static class PhoneNumbers
{
    public const int KeyLength = 10;

    public static string? Key(string? phone) =>
        AppealIntakeService.Digits(phone) is { } digits
            ? digits.Length > KeyLength ? digits[^KeyLength..] : digits
            : null;

    public static bool Same(string? a, string? b) =>
        Key(a) is { Length: KeyLength } key && key == Key(b);

    // A LIKE pattern with the key's last seven digits in order and anything between them: it lets the
    // database narrow the rows down; Same decides.
    public static string Pattern(string key) => "%" + string.Join("%", key[^7..].ToCharArray()) + "%";
}

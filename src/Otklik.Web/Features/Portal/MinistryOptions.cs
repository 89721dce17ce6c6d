namespace Otklik.Web.Features.Portal;

// The ministry's public facts, shown on the portal and read out by staff; set in configuration.
public sealed class MinistryOptions
{
    public const string Section = "Otklik:Ministry";

    public string FullName { get; set; } = "";

    public string ShortName { get; set; } = "";

    public string Address { get; set; } = "";

    public string Email { get; set; } = "";

    public string Website { get; set; } = "";

    public List<PhoneLine> Phones { get; set; } = [];

    public List<string> Hours { get; set; } = [];

    public List<string> Directions { get; set; } = [];

    public List<string> Accessibility { get; set; } = [];
}

public sealed class PhoneLine
{
    public string Number { get; set; } = "";

    public string Description { get; set; } = "";

    public string Dial => "tel:" + new string(Number.Where(c => char.IsDigit(c) || c == '+').ToArray());
}

; Inno Setup script: a per-user installer of RegionRoll Desktop for Windows (no administrator
; rights needed). Built by packaging/build.ps1 after the bundle:
;   iscc /DAppVersion=0.1.0 packaging\windows\regionroll.iss
; -> dist\RegionRoll-<version>-windows-x64-setup.exe
; Paths are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1B6D2C-9E1A-4C1B-9C1E-3A7E2B9F4D21}
AppName=RegionRoll Desktop
AppVersion={#AppVersion}
AppVerName=RegionRoll Desktop {#AppVersion}
AppPublisher=RegionRoll Desktop
VersionInfoVersion={#AppVersion}
VersionInfoDescription=RegionRoll Desktop - workshop om regionens roll
; Per user: installs under %LOCALAPPDATA%\Programs, no administrator rights asked for.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\RegionRoll Desktop
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=RegionRoll-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\regionroll.ico
UninstallDisplayIcon={app}\regionroll.exe
UninstallDisplayName=RegionRoll Desktop
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\regionroll\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\RegionRoll Desktop"; Filename: "{app}\regionroll.exe"
Name: "{autodesktop}\RegionRoll Desktop"; Filename: "{app}\regionroll.exe"; Tasks: desktopicon

[Registry]
; Windows keys file types on the last extension alone (".json"), so the app does not take
; .json files over: it registers a file type of its own and offers itself in "Open with" for
; .json files (packaging/README.md says how to make it the default for workshops).
Root: HKA; Subkey: "Software\Classes\RegionRoll.Workshop"; ValueType: string; ValueName: ""; ValueData: "RegionRoll workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RegionRoll.Workshop\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\regionroll.exe,0"
Root: HKA; Subkey: "Software\Classes\RegionRoll.Workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\regionroll.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "RegionRoll.Workshop"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\regionroll.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "RegionRoll Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\regionroll.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""

[Run]
Filename: "{app}\regionroll.exe"; Description: "{cm:LaunchProgram,RegionRoll Desktop}"; Flags: nowait postinstall skipifsilent

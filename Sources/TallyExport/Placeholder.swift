public enum TallyExportPlaceholder {}

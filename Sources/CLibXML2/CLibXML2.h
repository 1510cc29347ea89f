/* Deliberately empty: the module only carries libxml2's pkg-config flags to CLibXMLShim (see module.modulemap). */

/** Whether `key` is a concrete resource type of this package. */
export declare function isResourceType(key: string): boolean;
/** Whether `key` is the canonical URL of a resource (or resource profile) of this package. */
export declare function isResourceProfile(key: string): boolean;
/** Whether `key` is the url of an extension definition of this package. */
export declare function isExtensionUrl(key: string): boolean;
